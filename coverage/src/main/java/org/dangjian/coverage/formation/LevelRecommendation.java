package org.dangjian.coverage.formation;

import java.time.Period;
import java.util.Objects;
import org.dangjian.core.organization.PartyOrganizationLevel;

/**
 * The level a unit's members call for, with its committee and term, such as
 * {@code BRANCH committee 3–5 (≤7) term P3Y}.
 *
 * <p>Committee sizes are given for branches only (支部条例 第六章); 0 means the regulations quoted here set no
 * figure. This class is immutable and thread-safe.
 */
public final class LevelRecommendation {
    private final PartyOrganizationLevel level;
    private final boolean committee;
    private final int committeeMinSize;
    private final int committeeUsualMaxSize;
    private final int committeeCap;
    private final Period term;

    private LevelRecommendation(PartyOrganizationLevel level, boolean committee, int committeeMinSize,
            int committeeUsualMaxSize, int committeeCap, Period term) {
        this.level = Objects.requireNonNull(level, "level");
        this.committee = committee;
        this.committeeMinSize = committeeMinSize;
        this.committeeUsualMaxSize = committeeUsualMaxSize;
        this.committeeCap = committeeCap;
        this.term = Objects.requireNonNull(term, "term");
    }

    /**
     * A recommendation.
     *
     * @param level the level, not null
     * @param committee whether it has a committee
     * @param committeeMinSize usual smallest committee, 0 when not set
     * @param committeeUsualMaxSize usual largest committee, 0 when not set
     * @param committeeCap the cap, 0 when not set
     * @param term the term, not null
     * @return the recommendation, not null
     */
    public static LevelRecommendation of(PartyOrganizationLevel level, boolean committee, int committeeMinSize,
            int committeeUsualMaxSize, int committeeCap, Period term) {
        return new LevelRecommendation(level, committee, committeeMinSize, committeeUsualMaxSize, committeeCap, term);
    }

    /** @return the level, not null */
    public PartyOrganizationLevel level() {
        return level;
    }

    /** @return whether a committee is set up */
    public boolean hasCommittee() {
        return committee;
    }

    /** @return usual smallest committee; 0 when not set */
    public int committeeMinSize() {
        return committeeMinSize;
    }

    /** @return usual largest committee; 0 when not set */
    public int committeeUsualMaxSize() {
        return committeeUsualMaxSize;
    }

    /** @return the committee cap; 0 when not set */
    public int committeeCap() {
        return committeeCap;
    }

    /** @return the term length, not null */
    public Period term() {
        return term;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelRecommendation r && r.level == level && r.committee == committee
                && r.committeeMinSize == committeeMinSize && r.committeeUsualMaxSize == committeeUsualMaxSize
                && r.committeeCap == committeeCap && r.term.equals(term);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, committee, committeeMinSize, committeeUsualMaxSize, committeeCap, term);
    }

    /** @return such as {@code BRANCH committee 3-5 cap 7 term P3Y} or {@code BRANCH secretary term P3Y} */
    @Override
    public String toString() {
        String c = !committee ? "secretary"
                : committeeMinSize == 0 ? "committee" : "committee " + committeeMinSize + "-" + committeeUsualMaxSize
                        + " cap " + committeeCap;
        return level + " " + c + " term " + term;
    }
}
