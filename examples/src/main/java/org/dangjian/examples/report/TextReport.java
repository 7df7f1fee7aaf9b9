package org.dangjian.examples.report;

/**
 * The report as plain text for the console.
 */
public final class TextReport {
    private TextReport() {}

    /**
     * Renders a report.
     *
     * @param report the report, not null
     * @param findingsPerSection how many findings of each section to print
     * @return the text, not null
     */
    public static String render(CountyReport report, int findingsPerSection) {
        boolean zh = report.language().equals("zh");
        StringBuilder sb = new StringBuilder();
        String rule = "=".repeat(72);
        sb.append(rule).append('\n').append(report.title()).append('\n').append(report.subtitle()).append('\n');
        sb.append(zh ? "模块：" : "Modules: ").append(String.join(", ", report.modules())).append('\n').append(rule)
                .append('\n');
        for (Section s : report.sections()) {
            sb.append('\n').append("■ ").append(s.title()).append('\n');
            if (!s.summary().isEmpty()) {
                sb.append("  ").append(s.summary()).append('\n');
            }
            for (Metric m : s.metrics()) {
                sb.append("  · ").append(m.label()).append(zh ? "：" : ": ").append(m.value()).append('\n');
            }
            int shown = 0;
            for (Finding f : s.findings()) {
                if (shown++ >= findingsPerSection) {
                    break;
                }
                sb.append("  ▸ ").append(f.subject()).append(" — ").append(f.outcome()).append(zh ? "：" : ": ")
                        .append(f.headline()).append('\n');
                for (ReasonLine r : f.reasons()) {
                    sb.append("      ").append(r.ruleId()).append(' ').append(r.message()).append(zh ? "（依据：" : " (source: ")
                            .append(r.citation()).append(zh ? "）" : ")").append('\n');
                }
            }
            if (s.totalFindings() > shown) {
                sb.append(zh ? "  … 共" + s.totalFindings() + "项，完整清单见 report.json / report.html\n"
                        : "  … " + s.totalFindings() + " in all; the full list is in report.json / report.html\n");
            }
        }
        if (!report.notes().isEmpty()) {
            sb.append('\n');
            for (String n : report.notes()) {
                sb.append("  ※ ").append(n).append('\n');
            }
        }
        return sb.toString();
    }
}
