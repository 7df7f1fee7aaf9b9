package org.dangjian.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.i18n.Language;
import org.dangjian.examples.SampleCountyReport;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleCountyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCountyReportTest {
    private static final SampleCounty COUNTY = SampleCountyGenerator.generate(2026L, 300);

    @Test
    void theCommandPrintsTheReportAndWritesBothFiles(@TempDir Path out) throws Exception {
        int code = SampleCountyReport.run("--organizations", "300", "--out", out.toString(), "--no-progress");
        assertEquals(0, code);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8));
        assertTrue(html.contains("<svg"), "inline SVG charts");
        assertEquals("zh", json.get("language").asText());
        assertTrue(json.get("sections").size() >= 3);
    }

    @Test
    void theHtmlIsSelfContainedWithNoScriptAndNoNetwork() {
        String html = HtmlReport.render(CountyReportBuilder.build(COUNTY, CountyParameters.load(), Language.ZH,
                Progress.NONE));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("url(http"));
        assertFalse(html.contains("<link"));
        assertTrue(html.contains("“两新”党建示例县报告"));
    }

    @Test
    void chartLabelsStayTextSoChineseRendersWithoutServerFonts() {
        String html = HtmlReport.render(CountyReportBuilder.build(COUNTY, CountyParameters.load(), Language.ZH,
                Progress.NONE));
        // Rotated category labels (township names) must be <text>, not glyph outlines drawn with the JVM's fonts.
        String township = COUNTY.townships().get(0).name();
        assertTrue(html.contains(">" + township + "</text>"), "township label as SVG text");
    }

    @Test
    void theSameCountyGivesTheSameReportBytes() {
        CountyReport a = CountyReportBuilder.build(COUNTY, CountyParameters.load(), Language.EN, Progress.NONE);
        CountyReport b = CountyReportBuilder.build(SampleCountyGenerator.generate(2026L, 300), CountyParameters.load(),
                Language.EN, Progress.NONE);
        assertEquals(JsonReport.write(a), JsonReport.write(b));
        assertEquals(HtmlReport.render(a), HtmlReport.render(b));
    }

    @Test
    void runsTheCountyThroughCoverageWithFindingsThatCiteTheirRules() {
        CountyReport r = CountyReportBuilder.build(COUNTY, CountyParameters.load(), Language.ZH, Progress.NONE);
        assertTrue(r.modules().containsAll(java.util.List.of("coverage", "membership", "assessment", "training")), r.modules().toString());
        for (String id : java.util.List.of("ledger", "coverage", "gaps", "dues", "admission", "life", "rating", "weak", "assignment", "training",
                "parameters", "catalog")) {
            assertTrue(r.sections().stream().anyMatch(s -> s.id().equals(id)), id);
        }
        Section coverage = r.sections().stream().filter(s -> s.id().equals("coverage")).findFirst().orElseThrow();
        Section gaps = r.sections().stream().filter(s -> s.id().equals("gaps")).findFirst().orElseThrow();
        assertEquals(2, coverage.charts().size());
        assertFalse(gaps.findings().isEmpty());
        for (Section s : r.sections()) {
            for (Finding f : s.findings()) {
                assertFalse(f.reasons().isEmpty(), f.toString());
                f.reasons().forEach(reason -> assertTrue(reason.citation().contains("《"), reason.toString()));
            }
        }
    }

    @Test
    void speaksEnglishWhenAsked() {
        CountyReport r = CountyReportBuilder.build(COUNTY, CountyParameters.load(), Language.EN, Progress.NONE);
        String text = TextReport.render(r, 3);
        assertTrue(text.contains("Sample county report"), text);
        assertFalse(text.contains("台账概况"));
    }

    @Test
    void everyLabelExistsInBothLanguages() throws Exception {
        for (String bundle : java.util.List.of("org/dangjian/examples/report/ReportText",
                "org/dangjian/examples/recipes/PortalMessages")) {
            java.util.Properties zh = new java.util.Properties();
            java.util.Properties en = new java.util.Properties();
            try (var a = getClass().getResourceAsStream("/" + bundle + ".properties");
                    var b = getClass().getResourceAsStream("/" + bundle + "_en.properties")) {
                zh.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
                en.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
            }
            assertEquals(zh.keySet(), en.keySet(), bundle);
        }
    }

    @Test
    void refusesAnUnknownLanguage(@TempDir Path out) {
        assertTrue(SampleCountyReport.run("--lang", "fr", "--organizations", "13", "--out", out.toString()) != 0);
    }
}
