package org.dangjian.membership.internal;

import java.time.Period;
import org.dangjian.core.decision.Reason;

/**
 * Periods as officials read them, such as {@code 6个月} / {@code 6 months} for {@code P6M}: a reason keeps the
 * ISO form among the parameters it read and adds these as message arguments.
 */
public final class PeriodText {
    private PeriodText() {}

    /**
     * Adds {@code {name}Zh} and {@code {name}En} arguments for a period.
     *
     * @param reason the reason, not null
     * @param name the argument's base name, such as {@code period}, not null
     * @param p the period, not null
     * @return the reason with both arguments, not null
     */
    public static Reason with(Reason reason, String name, Period p) {
        return reason.with(name + "Zh", zh(p)).with(name + "En", en(p));
    }

    /**
     * The Chinese text of a period.
     *
     * @param p the period, not null
     * @return such as {@code 1年6个月}, not null
     */
    public static String zh(Period p) {
        StringBuilder sb = new StringBuilder();
        if (p.getYears() != 0) {
            sb.append(p.getYears()).append("年");
        }
        if (p.getMonths() != 0) {
            sb.append(p.getMonths()).append("个月");
        }
        if (p.getDays() != 0 || sb.length() == 0) {
            sb.append(p.getDays()).append("天");
        }
        return sb.toString();
    }

    /**
     * The English text of a period.
     *
     * @param p the period, not null
     * @return such as {@code 1 year 6 months}, not null
     */
    public static String en(Period p) {
        StringBuilder sb = new StringBuilder();
        append(sb, p.getYears(), "year");
        append(sb, p.getMonths(), "month");
        if (p.getDays() != 0 || sb.length() == 0) {
            append(sb, p.getDays(), "day");
            if (sb.length() == 0) {
                sb.append("0 days");
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, int n, String unit) {
        if (n != 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(n).append(' ').append(unit).append(Math.abs(n) == 1 ? "" : "s");
        }
    }
}
