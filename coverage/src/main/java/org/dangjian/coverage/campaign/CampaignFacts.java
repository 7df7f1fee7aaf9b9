package org.dangjian.coverage.campaign;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a campaign knows beyond the ledger: when the ledger was built, and which Party organizations' secretaries
 * have been trained, such as {@code CampaignFacts.of(Optional.of(LocalDate.of(2022, 3, 20)), Set.of("PO-1"))}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CampaignFacts {
    private final LocalDate ledgerBuiltOn;
    private final Set<String> trainedSecretaries;

    private CampaignFacts(LocalDate ledgerBuiltOn, Set<String> trainedSecretaries) {
        this.ledgerBuiltOn = ledgerBuiltOn;
        this.trainedSecretaries = Set.copyOf(trainedSecretaries);
    }

    /**
     * Facts.
     *
     * @param ledgerBuiltOn when the ledger was completed, not null
     * @param trainedSecretaries ids of the Party organizations whose secretary is trained, not null
     * @return the facts, not null
     */
    public static CampaignFacts of(Optional<LocalDate> ledgerBuiltOn, Set<String> trainedSecretaries) {
        return new CampaignFacts(ledgerBuiltOn.orElse(null), Objects.requireNonNull(trainedSecretaries));
    }

    /** @return when the ledger was completed, not null */
    public Optional<LocalDate> ledgerBuiltOn() {
        return Optional.ofNullable(ledgerBuiltOn);
    }

    /** @return ids of the Party organizations whose secretary is trained, not null */
    public Set<String> trainedSecretaries() {
        return trainedSecretaries;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampaignFacts f && Objects.equals(f.ledgerBuiltOn, ledgerBuiltOn)
                && f.trainedSecretaries.equals(trainedSecretaries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ledgerBuiltOn, trainedSecretaries);
    }

    @Override
    public String toString() {
        return "CampaignFacts[ledgerBuiltOn=" + ledgerBuiltOn + ", trained=" + trainedSecretaries.size() + "]";
    }
}
