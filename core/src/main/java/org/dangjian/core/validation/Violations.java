package org.dangjian.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while an input is checked, then throws them together.
 *
 * <pre>{@code
 * Violations v = new Violations();
 * v.check(headCount >= 0, "headCount", "must not be negative", headCount);
 * v.check(fullMembers <= headCount, "fullMembers", "must not exceed headCount", fullMembers);
 * v.throwIfAny();
 * }</pre>
 *
 * <p>This class is mutable and meant for one check on one thread.
 */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    /** Creates an empty collector. */
    public Violations() {}

    /**
     * Records a violation when the condition does not hold.
     *
     * @param condition what must hold
     * @param path the property path, not null
     * @param message what is wrong and what to do instead, not null
     * @param rejectedValue the rejected (non-personal) value, may be null
     * @return this collector, not null
     */
    public Violations check(boolean condition, String path, String message, Object rejectedValue) {
        if (!condition) {
            found.add(Violation.of(path, message, rejectedValue));
        }
        return this;
    }

    /**
     * Records a violation.
     *
     * @param violation the violation, not null
     * @return this collector, not null
     */
    public Violations add(Violation violation) {
        found.add(violation);
        return this;
    }

    /**
     * Records every violation of a nested exception under a path prefix.
     *
     * @param prefix the outer path, not null
     * @param e the nested exception, not null
     * @return this collector, not null
     */
    public Violations addAll(String prefix, InvalidInputException e) {
        for (Violation v : e.violations()) {
            found.add(v.under(prefix));
        }
        return this;
    }

    /** @return whether nothing was found */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @return the violations found so far, not null */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /**
     * Throws every violation found, if any.
     *
     * @throws InvalidInputException when at least one violation was recorded
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
