package org.dangjian.training.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A certificate's state on a date, with its expiry and the day renewal falls due.
 *
 * <p>{@code toString()} reads such as {@code RENEWAL_DUE, renew from 2028-10-01, expires 2028-12-31}. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCertificateStatus.class)
@JsonDeserialize(as = ImmutableCertificateStatus.class)
public abstract class CertificateStatus {

    /** @return the person's id, not null */
    public abstract String getPersonId();

    /** @return the state, not null */
    public abstract CertificateState getState();

    /** @return the first day renewal is due, not null */
    public abstract LocalDate getRenewalDueFrom();

    /** @return the last day of validity, not null */
    public abstract LocalDate getExpiresOn();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CertificateStatus}. */
    public static class Builder extends ImmutableCertificateStatus.Builder {}

    @Override
    public String toString() {
        return getState() + ", renew from " + getRenewalDueFrom() + ", expires " + getExpiresOn();
    }
}
