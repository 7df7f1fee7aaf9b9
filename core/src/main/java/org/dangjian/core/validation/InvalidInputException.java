package org.dangjian.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Invalid facts or parameters: carries every violation found, never only the first.
 *
 * <p>Thrown by value-type factories, by {@link Validation#validate(Object)} and by the JSON readers. A rule
 * outcome, however bad for the organization, is a decision and never this exception. The message lists each
 * violation; personal data in rejected values is already masked.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @serial the violations, in the order found */
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations every violation, not null, not empty
     */
    public InvalidInputException(List<Violation> violations) {
        super(render(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * One violation as an exception.
     *
     * @param path the property path, not null
     * @param message what is wrong, not null
     * @param rejectedValue the rejected (non-personal) value, may be null
     * @return the exception, not null
     */
    public static InvalidInputException of(String path, String message, Object rejectedValue) {
        return new InvalidInputException(List.of(Violation.of(path, message, rejectedValue)));
    }

    /** @return every violation, in the order found, not null, not empty */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Prefixes every violation's path, for an error found inside a nested value.
     *
     * @param prefix the outer path, not null
     * @return a new exception with the longer paths, not null
     */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(violations.stream().map(v -> v.under(prefix)).collect(Collectors.toList()));
    }

    private static String render(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        StringBuilder sb = new StringBuilder("Invalid input: ").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations");
        for (Violation v : violations) {
            sb.append("\n  - ").append(v);
        }
        return sb.toString();
    }
}
