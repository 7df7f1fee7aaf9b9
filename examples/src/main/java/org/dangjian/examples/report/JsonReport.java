package org.dangjian.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The report as JSON ({@code report.json}): every section, metric, finding, reason and citation; charts are left
 * to the HTML.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReport() {}

    /**
     * Writes a report.
     *
     * @param report the report, not null
     * @return the JSON document, not null
     */
    public static String write(CountyReport report) {
        try {
            return MAPPER.writeValueAsString(withoutCharts(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static CountyReport withoutCharts(CountyReport r) {
        return new CountyReport(r.title(), r.subtitle(), r.language(), r.modules(), r.overview(),
                r.sections().stream().map(s -> new Section(s.id(), s.title(), s.summary(), s.metrics(),
                        s.charts().stream().map(c -> new Section.Chart(c.title(), "")).toList(), s.findings(),
                        s.totalFindings())).toList(), r.notes());
    }
}
