package org.dangjian.core.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.core.i18n.Language;

/**
 * The answer a policy gives: an {@link Outcome}, an optional value, and the ordered {@link Reason}s that
 * produced it, each citing its rule.
 *
 * <pre>{@code
 * Decision<Money> d = dues.monthlyDues(member, YearMonth.of(2026, 3));
 * d.outcome();   // DETERMINED
 * d.value();     // 102.00
 * d.reasons();   // [MEM-DUES-001 月工资收入6800.00元 … 按1.5%交纳]
 * }</pre>
 *
 * <p>A {@link Outcome#REQUIRES_APPROVAL} decision names its {@link Approver}. This class is immutable and
 * thread-safe if its value is.
 *
 * @param <T> the value's type
 */
public final class Decision<T> {
    private final Outcome outcome;
    private final T value;
    private final List<Reason> reasons;
    private final Approver approver;

    private Decision(Outcome outcome, T value, List<Reason> reasons, Approver approver) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.value = value;
        this.reasons = List.copyOf(reasons);
        this.approver = approver;
        if ((outcome == Outcome.REQUIRES_APPROVAL) != (approver != null)) {
            throw new IllegalArgumentException("an approver is named exactly when the outcome is REQUIRES_APPROVAL");
        }
    }

    /**
     * A decision.
     *
     * @param <T> the value's type
     * @param outcome the outcome, not {@link Outcome#REQUIRES_APPROVAL} (use {@link #requiresApproval}), not null
     * @param value the value, may be null when the outcome carries none
     * @param reasons the reasons, in order, not null
     * @return the decision, not null
     */
    public static <T> Decision<T> of(Outcome outcome, T value, List<Reason> reasons) {
        return new Decision<>(outcome, value, reasons, null);
    }

    /**
     * A decision with one reason.
     *
     * @param <T> the value's type
     * @param outcome the outcome, not null
     * @param value the value, may be null
     * @param reason the reason, not null
     * @return the decision, not null
     */
    public static <T> Decision<T> of(Outcome outcome, T value, Reason reason) {
        return new Decision<>(outcome, value, List.of(reason), null);
    }

    /**
     * A computed value ({@link Outcome#DETERMINED}).
     *
     * @param <T> the value's type
     * @param value the value, not null
     * @param reasons the reasons, not null
     * @return the decision, not null
     */
    public static <T> Decision<T> determined(T value, List<Reason> reasons) {
        return new Decision<>(Outcome.DETERMINED, Objects.requireNonNull(value, "value"), reasons, null);
    }

    /**
     * A decision that needs an approval.
     *
     * @param <T> the value's type
     * @param approver who approves, not null
     * @param value the value proposed, may be null
     * @param reasons the reasons, not null
     * @return the decision, not null
     */
    public static <T> Decision<T> requiresApproval(Approver approver, T value, List<Reason> reasons) {
        return new Decision<>(Outcome.REQUIRES_APPROVAL, value, reasons, Objects.requireNonNull(approver, "approver"));
    }

    /**
     * A decision that a fact or a local parameter is missing.
     *
     * @param <T> the value's type
     * @param reasons what is missing, not null
     * @return the decision, not null
     */
    public static <T> Decision<T> insufficientData(List<Reason> reasons) {
        return new Decision<>(Outcome.INSUFFICIENT_DATA, null, reasons, null);
    }

    /** @return the outcome, not null */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The value.
     *
     * @return the value, not null
     * @throws NoSuchElementException when the decision carries none (see {@link #findValue()})
     */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException("decision " + outcome + " carries no value");
        }
        return value;
    }

    /** @return the value, if any, not null */
    public Optional<T> findValue() {
        return Optional.ofNullable(value);
    }

    /** @return the reasons, in order, not null */
    public List<Reason> reasons() {
        return reasons;
    }

    /** @return the approving body, for a {@link Outcome#REQUIRES_APPROVAL} decision, not null */
    public Optional<Approver> approver() {
        return Optional.ofNullable(approver);
    }

    /** @return the ids of the rules behind the reasons, in order, without repeats, not null */
    public List<String> ruleIds() {
        return reasons.stream().map(Reason::ruleId).distinct().collect(Collectors.toList());
    }

    /** @return whether the outcome is {@link Outcome#COMPLIANT} */
    public boolean isCompliant() {
        return outcome == Outcome.COMPLIANT;
    }

    /**
     * Transforms the value, keeping the outcome and reasons.
     *
     * @param <U> the new value's type
     * @param f the function, not null
     * @return the new decision, not null
     */
    public <U> Decision<U> map(Function<? super T, ? extends U> f) {
        return new Decision<>(outcome, value == null ? null : f.apply(value), reasons, approver);
    }

    /**
     * Adds reasons after this decision's.
     *
     * @param more the reasons, not null
     * @return the new decision, not null
     */
    public Decision<T> withReasons(List<Reason> more) {
        List<Reason> all = new ArrayList<>(reasons);
        all.addAll(more);
        return new Decision<>(outcome, value, all, approver);
    }

    /**
     * Renders the decision for an official: outcome, value and each reason with its citation.
     *
     * @param language the language, not null
     * @return the text, one reason a line, not null
     */
    public String explain(Language language) {
        StringBuilder sb = new StringBuilder(language == Language.ZH ? outcome.label() : outcome.name());
        if (value != null) {
            sb.append(": ").append(value);
        }
        if (approver != null) {
            sb.append(language == Language.ZH ? "（审批：" + approver.label() + "）" : " (approver: " + approver + ")");
        }
        for (Reason r : reasons) {
            sb.append("\n  ").append(r.explain(language));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision<?> d && outcome == d.outcome && Objects.equals(value, d.value)
                && reasons.equals(d.reasons) && approver == d.approver;
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, value, reasons, approver);
    }

    @Override
    public String toString() {
        return "Decision[" + outcome + (value == null ? "" : ", " + value) + ", " + ruleIds() + "]";
    }
}
