package org.dangjian.assessment.annual;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.dangjian.core.i18n.Language;

/**
 * The “晾晒” table of the annual assessment: every jurisdiction ranked by total (ties broken by division code,
 * so the order is total and does not depend on the input order), with its completion, bonus, deduction,
 * shortfalls and standing — commended (the best), criticised with a deadline to correct (the worst, and every
 * jurisdiction short of a target).
 *
 * <pre>{@code
 * AiringTable t = policy.rank(results).value();
 * t.rows().get(0).jurisdiction();   // the best
 * t.render(Language.ZH);            // 名次 地区 总分 …
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AiringTable {
    private final int year;
    private final List<AnnualScore> rows;

    AiringTable(int year, List<AnnualScore> rows) {
        this.year = year;
        this.rows = List.copyOf(rows);
    }

    /** @return the year */
    @JsonProperty("year")
    public int year() {
        return year;
    }

    /** @return the scores, best first, not null */
    @JsonProperty("rows")
    public List<AnnualScore> rows() {
        return rows;
    }

    /**
     * The rank of a row.
     *
     * @param index the row's position
     * @return the rank, 1 for the best
     */
    public int rankOf(int index) {
        return index + 1;
    }

    /**
     * Whether a row is commended: the best.
     *
     * @param index the row's position
     * @return whether commended
     */
    public boolean isCommended(int index) {
        return index == 0 && rows.size() > 1 && !rows.get(0).isCriticised();
    }

    /**
     * Whether a row is criticised and set a deadline to correct: the worst, or short of a target.
     *
     * @param index the row's position
     * @return whether criticised
     */
    public boolean isCriticised(int index) {
        return rows.get(index).isCriticised() || (index == rows.size() - 1 && rows.size() > 1);
    }

    /**
     * Renders the table, one row a line.
     *
     * @param language the language, not null
     * @return the table, not null
     */
    public String render(Language language) {
        boolean zh = language == Language.ZH;
        StringBuilder sb = new StringBuilder(zh ? year + "年度党建目标考核晾晒表\n名次\t地区\t总分\t完成分\t加分\t扣分\t未完成目标\t评定\n"
                : "Annual assessment " + year + "\nRank\tJurisdiction\tTotal\tCompletion\tBonus\tDeduction\tShort of\tStanding\n");
        for (int i = 0; i < rows.size(); i++) {
            AnnualScore s = rows.get(i);
            StringBuilder shortOf = new StringBuilder();
            for (TargetItem t : s.shortfalls()) {
                shortOf.append(shortOf.length() == 0 ? "" : zh ? "、" : ", ").append(zh ? t.label() : t.name());
            }
            String standing = isCommended(i) ? (zh ? "通报表扬" : "commended")
                    : isCriticised(i) ? (zh ? "通报批评、限期整改" : "criticised, deadline to correct") : "";
            sb.append(rankOf(i)).append('\t').append(s.results().getName()).append('\t').append(s.total()).append('\t')
                    .append(s.completion()).append('\t').append(s.bonus()).append('\t').append(s.deduction())
                    .append('\t').append(shortOf.length() == 0 ? "—" : shortOf).append('\t')
                    .append(standing.isEmpty() ? "—" : standing).append('\n');
        }
        return sb.toString();
    }

    /** @return the jurisdictions in rank order, such as {@code [430102002, 430102001]} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(rows.get(i).jurisdiction());
        }
        return sb.append(']').toString();
    }
}
