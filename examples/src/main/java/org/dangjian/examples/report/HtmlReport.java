package org.dangjian.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.Map;

/**
 * The report as one self-contained HTML page ({@code report.html}): styles inline, charts as inline SVG, no
 * JavaScript and nothing fetched from the network. Rendered with Mustache.java from
 * {@code org/dangjian/examples/report/report.html.mustache}.
 */
public final class HtmlReport {
    private static final Mustache TEMPLATE =
            new DefaultMustacheFactory("org/dangjian/examples/report").compile("report.html.mustache");

    private HtmlReport() {}

    /**
     * Renders a report.
     *
     * @param report the report, not null
     * @return the HTML page, not null
     */
    public static String render(CountyReport report) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, Map.of("report", report, "zh", report.language().equals("zh")));
        return out.toString();
    }
}
