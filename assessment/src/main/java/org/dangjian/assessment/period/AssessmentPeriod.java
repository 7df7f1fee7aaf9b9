package org.dangjian.assessment.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.validation.InvalidInputException;

/**
 * A calendar period of assessment: a month ({@code 2026-04}), a quarter ({@code 2026-Q2}) or a year
 * ({@code 2026}), with its Chinese label such as {@code 2026年第二季度}.
 *
 * <pre>{@code
 * AssessmentPeriod q = AssessmentPeriod.quarter(2026, 2);
 * q.label();                         // 2026年第二季度
 * q.start();                         // 2026-04-01
 * q.end();                           // 2026-06-30
 * AssessmentPeriod.parse("2026-Q2"); // equals q
 * AssessmentPeriod.year(2026).split(PeriodKind.QUARTER); // 2026-Q1 … 2026-Q4
 * }</pre>
 *
 * <p>{@link #parse} reads what {@link #toString()} writes. Periods order by start, then by length (a month
 * before the quarter that starts with it, before the year). This class is immutable and thread-safe.
 */
public final class AssessmentPeriod implements Comparable<AssessmentPeriod> {
    private static final String[] QUARTER_NAMES = {"一", "二", "三", "四"};

    private final PeriodKind kind;
    private final int year;
    private final int index;

    private AssessmentPeriod(PeriodKind kind, int year, int index) {
        this.kind = kind;
        this.year = year;
        this.index = index;
    }

    /**
     * A month.
     *
     * @param year the year, 1921 to 9999
     * @param month the month, 1 to 12
     * @return the period, not null
     * @throws InvalidInputException when out of range
     */
    public static AssessmentPeriod month(int year, int month) {
        return of(PeriodKind.MONTH, year, month);
    }

    /**
     * A quarter.
     *
     * @param year the year, 1921 to 9999
     * @param quarter the quarter, 1 to 4
     * @return the period, not null
     * @throws InvalidInputException when out of range
     */
    public static AssessmentPeriod quarter(int year, int quarter) {
        return of(PeriodKind.QUARTER, year, quarter);
    }

    /**
     * A year.
     *
     * @param year the year, 1921 to 9999
     * @return the period, not null
     * @throws InvalidInputException when out of range
     */
    public static AssessmentPeriod year(int year) {
        return of(PeriodKind.YEAR, year, 1);
    }

    /**
     * A period of a kind.
     *
     * @param kind the kind, not null
     * @param year the year, 1921 to 9999
     * @param index the month (1–12), the quarter (1–4), or 1 for a year
     * @return the period, not null
     * @throws InvalidInputException when out of range
     */
    public static AssessmentPeriod of(PeriodKind kind, int year, int index) {
        Objects.requireNonNull(kind, "kind");
        if (year < 1921 || year > 9999) {
            throw InvalidInputException.of("year", "a year of assessment is between 1921 and 9999", year);
        }
        if (index < 1 || index > kind.perYear()) {
            throw InvalidInputException.of("index", "must be between 1 and " + kind.perYear() + " for a "
                    + kind.name().toLowerCase(java.util.Locale.ROOT), index);
        }
        return new AssessmentPeriod(kind, year, index);
    }

    /**
     * The period of a kind that contains a date.
     *
     * @param kind the kind, not null
     * @param date the date, not null
     * @return the period, not null
     */
    public static AssessmentPeriod containing(PeriodKind kind, LocalDate date) {
        switch (kind) {
            case MONTH:
                return month(date.getYear(), date.getMonthValue());
            case QUARTER:
                return quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            default:
                return year(date.getYear());
        }
    }

    /**
     * Reads {@code 2026-04}, {@code 2026-Q2} or {@code 2026}.
     *
     * @param text the text, not null
     * @return the period, not null
     * @throws InvalidInputException when malformed
     */
    @JsonCreator
    public static AssessmentPeriod parse(CharSequence text) {
        String s = text.toString().strip();
        try {
            if (s.matches("\\d{4}")) {
                return year(Integer.parseInt(s));
            }
            if (s.matches("\\d{4}-Q\\d")) {
                return quarter(Integer.parseInt(s.substring(0, 4)), s.charAt(6) - '0');
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
            }
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("", "not a period: " + e.violations().get(0).message(), s);
        }
        throw InvalidInputException.of("", "a period is written 2026-04, 2026-Q2 or 2026", s);
    }

    /** @return the kind, not null */
    public PeriodKind kind() {
        return kind;
    }

    /** @return the year */
    public int getYear() {
        return year;
    }

    /** @return the month (1–12), the quarter (1–4), or 1 for a year */
    public int index() {
        return index;
    }

    /** @return the first day, not null */
    public LocalDate start() {
        switch (kind) {
            case MONTH:
                return LocalDate.of(year, index, 1);
            case QUARTER:
                return LocalDate.of(year, (index - 1) * 3 + 1, 1);
            default:
                return LocalDate.of(year, 1, 1);
        }
    }

    /** @return the last day, not null */
    public LocalDate end() {
        switch (kind) {
            case MONTH:
                return start().plusMonths(1).minusDays(1);
            case QUARTER:
                return start().plusMonths(3).minusDays(1);
            default:
                return LocalDate.of(year, 12, 31);
        }
    }

    /**
     * Whether a date falls in this period.
     *
     * @param date the date, not null
     * @return whether {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Whether another period lies wholly inside this one.
     *
     * @param other the other period, not null
     * @return whether it starts and ends within this one
     */
    public boolean encloses(AssessmentPeriod other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * Splits this period into the periods of a kind that lie inside it: a year into 4 quarters or 12
     * months, a quarter into 3 months.
     *
     * @param into the kind, not longer than this period's, not null
     * @return the periods in order, not null
     * @throws IllegalArgumentException when {@code into} is longer than this period's kind
     */
    public List<AssessmentPeriod> split(PeriodKind into) {
        if (into.perYear() < kind.perYear()) {
            throw new IllegalArgumentException("cannot split a " + kind + " into " + into + " periods");
        }
        List<AssessmentPeriod> l = new ArrayList<>();
        AssessmentPeriod p = containing(into, start());
        while (encloses(p)) {
            l.add(p);
            LocalDate next = p.end().plusDays(1);
            if (next.getYear() > 9999 || !contains(next)) {
                break;
            }
            p = containing(into, next);
        }
        return l;
    }

    /** @return the Chinese label, such as {@code 2026年4月}, {@code 2026年第二季度} or {@code 2026年}, not null */
    public String label() {
        switch (kind) {
            case MONTH:
                return year + "年" + index + "月";
            case QUARTER:
                return year + "年第" + QUARTER_NAMES[index - 1] + "季度";
            default:
                return year + "年";
        }
    }

    /** @return the English label, such as {@code April 2026}, {@code Q2 2026} or {@code 2026}, not null */
    public String labelEn() {
        switch (kind) {
            case MONTH:
                return java.time.Month.of(index).getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH) + " " + year;
            case QUARTER:
                return "Q" + index + " " + year;
            default:
                return String.valueOf(year);
        }
    }

    @Override
    public int compareTo(AssessmentPeriod o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : Integer.compare(o.kind.perYear(), kind.perYear());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssessmentPeriod p && p.kind == kind && p.year == year && p.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, year, index);
    }

    /** @return {@code 2026-04}, {@code 2026-Q2} or {@code 2026} */
    @JsonValue
    @Override
    public String toString() {
        switch (kind) {
            case MONTH:
                return String.format(java.util.Locale.ROOT, "%04d-%02d", year, index);
            case QUARTER:
                return year + "-Q" + index;
            default:
                return String.valueOf(year);
        }
    }
}
