package org.dangjian.core.parameter;

/**
 * A policy asked for a parameter that has no value for the jurisdiction and date: the national regulations
 * leave it to each locality and no layer sets it. Policies that can answer without it use
 * {@link ResolvedParameters#find(ParameterKey)} and decide {@code INSUFFICIENT_DATA} instead.
 */
public final class MissingParameterException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    MissingParameterException(String message) {
        super(message);
    }
}
