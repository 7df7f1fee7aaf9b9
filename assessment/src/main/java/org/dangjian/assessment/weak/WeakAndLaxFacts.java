package org.dangjian.assessment.weak;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * What is known about a Party organization for the weak-and-lax check. The organization itself gives the
 * secretary vacancy, the term start and the level; every other fact is optional, and a criterion whose fact
 * is absent is reported as not determinable ({@code INSUFFICIENT_DATA}), never as met.
 *
 * <pre>{@code
 * WeakAndLaxFacts f = WeakAndLaxFacts.builder()
 *         .organization(branch)
 *         .teamDisunited(false).lifeOnlyOnPaper(false)
 *         .candidates(2).lastAdmission(LocalDate.of(2023, 6, 1))
 *         .satisfaction(Rate.percent(85))
 *         .build();
 * }</pre>
 *
 * <p>Invariants: counts are not negative; satisfaction is at most 100%. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeakAndLaxFacts.class)
@JsonDeserialize(as = ImmutableWeakAndLaxFacts.class)
public abstract class WeakAndLaxFacts {

    /** @return the Party organization, not null */
    public abstract PartyOrganization getOrganization();

    /** @return whether the leadership team is disunited, if known, not null */
    public abstract Optional<Boolean> getTeamDisunited();

    /** @return whether organizational life is only on paper, if known, not null */
    public abstract Optional<Boolean> getLifeOnlyOnPaper();

    /** @return whether a postponement of the renewal was approved, if known, not null */
    public abstract Optional<Boolean> getPostponementApproved();

    /** @return whether the last election was irregular, if known, not null */
    public abstract Optional<Boolean> getElectionsIrregular();

    /** @return the day the last member was admitted, if known, not null */
    public abstract Optional<LocalDate> getLastAdmission();

    /** @return how many activists and development candidates it has, if known, not null */
    public abstract Optional<Integer> getCandidates();

    /** @return how many members have not paid dues for six months or more, if known, not null */
    public abstract Optional<Integer> getMembersLongUnpaid();

    /** @return whether it ranked last in the annual assessment, if known, not null */
    public abstract Optional<Boolean> getLastInAnnualAssessment();

    /** @return the satisfaction measured among members and the public, if known, not null */
    public abstract Optional<Rate> getSatisfaction();

    /** @return whether illegal forces have infiltrated it, if known, not null */
    public abstract Optional<Boolean> getInfiltration();

    /** @return whether petitions, mass incidents or public-order problems stand out, if known, not null */
    public abstract Optional<Boolean> getPublicOrderProblems();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link WeakAndLaxFacts}. */
    public static class Builder extends ImmutableWeakAndLaxFacts.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        getCandidates().ifPresent(n -> v.check(n >= 0, "candidates", "must not be negative", n));
        getMembersLongUnpaid().ifPresent(n -> v.check(n >= 0, "membersLongUnpaid", "must not be negative", n));
        getSatisfaction().ifPresent(r -> v.check(r.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0, "satisfaction",
                "must be at most 100%", r));
        v.throwIfAny();
    }
}
