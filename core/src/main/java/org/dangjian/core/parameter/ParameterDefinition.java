package org.dangjian.core.parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.dangjian.core.rule.Citation;
import org.dangjian.core.validation.InvalidInputException;

/**
 * A parameter a module reads: its key, titles, what values are sane, and its national baseline — the dated
 * values the national regulations set, with their citation. A parameter the regulations leave to each
 * locality has no baseline: a rule reading it decides {@code INSUFFICIENT_DATA} until a jurisdiction sets it.
 *
 * <pre>{@code
 * ParameterDefinition.of(MIN_FULL_MEMBERS, "成立党支部所需正式党员数", "Full members needed to form a branch")
 *         .requiring(n -> n >= 1, "at least 1")
 *         .baseline(LocalDate.of(2018, 10, 28), 3, Citation.of(Sources.BRANCH_REGULATIONS, "第四条", Grade.A));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: each method returns a new definition.
 *
 * @param <T> the value type
 */
public final class ParameterDefinition<T> {
    private final ParameterKey<T> key;
    private final String titleZh;
    private final String titleEn;
    private final List<DatedValue<T>> baseline;
    private final Citation citation;
    private final Predicate<? super T> constraint;
    private final String constraintText;

    private ParameterDefinition(ParameterKey<T> key, String titleZh, String titleEn, List<DatedValue<T>> baseline,
            Citation citation, Predicate<? super T> constraint, String constraintText) {
        this.key = Objects.requireNonNull(key, "key");
        this.titleZh = Objects.requireNonNull(titleZh, "titleZh");
        this.titleEn = Objects.requireNonNull(titleEn, "titleEn");
        this.baseline = List.copyOf(baseline);
        this.citation = citation;
        this.constraint = constraint;
        this.constraintText = constraintText;
    }

    /**
     * A definition with no baseline yet.
     *
     * @param <T> the value type
     * @param key the key, not null
     * @param titleZh the Chinese title, not null
     * @param titleEn the English title, not null
     * @return the definition, not null
     */
    public static <T> ParameterDefinition<T> of(ParameterKey<T> key, String titleZh, String titleEn) {
        return new ParameterDefinition<>(key, titleZh, titleEn, List.of(), null, v -> true, "any value");
    }

    /**
     * Adds a sanity constraint every value, baseline or local, must meet.
     *
     * @param test the constraint, not null
     * @param description what it requires, such as {@code between 0% and 100%}, not null
     * @return a new definition, not null
     */
    public ParameterDefinition<T> requiring(Predicate<? super T> test, String description) {
        return new ParameterDefinition<>(key, titleZh, titleEn, baseline, citation, test, description);
    }

    /**
     * Adds a national baseline version.
     *
     * @param effectiveFrom the first day in force, not null
     * @param value the value, not null
     * @param source where the figure comes from, not null
     * @return a new definition, not null
     * @throws InvalidInputException when the value breaks the constraint
     * @throws IllegalArgumentException when a version with the same date exists
     */
    public ParameterDefinition<T> baseline(LocalDate effectiveFrom, T value, Citation source) {
        check(value, key.name());
        List<DatedValue<T>> l = new ArrayList<>(baseline);
        if (l.stream().anyMatch(d -> d.effectiveFrom().equals(effectiveFrom))) {
            throw new IllegalArgumentException(key + " already has a baseline from " + effectiveFrom);
        }
        l.add(DatedValue.of(effectiveFrom, value));
        l.sort(Comparator.comparing(DatedValue::effectiveFrom));
        return new ParameterDefinition<>(key, titleZh, titleEn, l, Objects.requireNonNull(source, "source"),
                constraint, constraintText);
    }

    /**
     * Checks a value against the type's constraint.
     *
     * @param value the value, not null
     * @param path the path to report, not null
     * @throws InvalidInputException when the value breaks the constraint
     */
    void check(T value, String path) {
        if (!constraint.test(value)) {
            throw InvalidInputException.of(path, "must be " + constraintText, key.type().format(value));
        }
    }

    /**
     * Parses and checks a text value for this parameter.
     *
     * @param text the text, not null
     * @param path the path to report, not null
     * @return the value, not null
     * @throws InvalidInputException when ill-typed or out of bounds
     */
    T parseChecked(String text, String path) {
        T value;
        try {
            value = key.type().parse(text);
        } catch (InvalidInputException e) {
            throw e.under(path);
        }
        check(value, path);
        return value;
    }

    /** @return the key, not null */
    public ParameterKey<T> key() {
        return key;
    }

    /** @return the name, not null */
    public String name() {
        return key.name();
    }

    /** @return the Chinese title, not null */
    public String titleZh() {
        return titleZh;
    }

    /** @return the English title, not null */
    public String titleEn() {
        return titleEn;
    }

    /** @return the national baseline versions, oldest first; empty when the figure is left to localities */
    public List<DatedValue<T>> baseline() {
        return baseline;
    }

    /** @return the citation of the baseline, when there is one, not null */
    public Optional<Citation> citation() {
        return Optional.ofNullable(citation);
    }

    /** @return what values are sane, in words, not null */
    public String constraintText() {
        return constraintText;
    }

    @Override
    public String toString() {
        return key.name() + " (" + key.type() + ")";
    }
}
