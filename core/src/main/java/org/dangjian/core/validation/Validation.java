package org.dangjian.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bean Validation for facts: {@link #validate(Object)} checks every constraint of a value and throws one
 * {@link InvalidInputException} listing them all.
 *
 * <p>The validator uses {@link ParameterMessageInterpolator}, so integrators need no Expression Language
 * implementation at run time. Values of properties whose name suggests personal data ({@code identity},
 * {@code name} of a person) are masked in the violation.
 */
public final class Validation {
    private static final Logger LOG = LoggerFactory.getLogger(Validation.class);
    private static final Validator VALIDATOR = jakarta.validation.Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private Validation() {}

    /**
     * Validates a value against its Bean Validation constraints.
     *
     * @param <T> the value's type
     * @param value the value, not null
     * @return the same value, for chaining, not null
     * @throws InvalidInputException listing every violated constraint
     */
    public static <T> T validate(T value) {
        if (value == null) {
            throw InvalidInputException.of("", "must not be null", null);
        }
        Set<ConstraintViolation<T>> found = VALIDATOR.validate(value);
        if (found.isEmpty()) {
            return value;
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<T> c : found) {
            String path = c.getPropertyPath().toString();
            Object rejected = c.getInvalidValue();
            violations.add(isPersonal(path) && rejected != null
                    ? Violation.personal(path, c.getMessage(), String.valueOf(rejected))
                    : Violation.of(path, c.getMessage(), rejected));
        }
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        // Violations hold masked values only, so the log line is safe to keep.
        LOG.debug("rejected {}: {}", value.getClass().getSimpleName(), violations);
        throw new InvalidInputException(violations);
    }

    private static boolean isPersonal(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.contains("identity") || p.contains("personname") || p.endsWith("fullname");
    }
}
