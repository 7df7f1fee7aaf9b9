package org.dangjian.training.assignment;

import java.util.Objects;
import org.dangjian.core.validation.Violations;

/**
 * The weights of the plan's second objective: the cost of an assignment is
 * {@code distancePerLevel × levels apart + expertiseMismatch (when the industry is not in the instructor's
 * expertise) + reassignment (when the organization has another instructor now)}.
 *
 * <p>These weigh the plan's preferences against each other; they are not figures of any regulation, so a
 * caller may set them freely within 0 to 100. {@link #standard()} is {@code 10 / 5 / 20}: keeping an
 * instructor matters most, then nearness, then expertise. Distance is counted on the division codes: 0 in the
 * same township, 1 in the same county, 2 in the same city, 3 in the same province, 4 farther. Example:
 * {@code AssignmentWeights.of(10, 5, 20)}. This class is immutable and thread-safe.
 */
public final class AssignmentWeights {
    /** The greatest weight. */
    public static final int MAX_WEIGHT = 100;
    private static final AssignmentWeights STANDARD = new AssignmentWeights(10, 5, 20);

    private final int distancePerLevel;
    private final int expertiseMismatch;
    private final int reassignment;

    private AssignmentWeights(int distancePerLevel, int expertiseMismatch, int reassignment) {
        this.distancePerLevel = distancePerLevel;
        this.expertiseMismatch = expertiseMismatch;
        this.reassignment = reassignment;
    }

    /**
     * Weights.
     *
     * @param distancePerLevel the cost per level of the division hierarchy apart, 0 to 100
     * @param expertiseMismatch the cost when the industry is not in the instructor's expertise, 0 to 100
     * @param reassignment the cost of moving an organization away from its current instructor, 0 to 100
     * @return the weights, not null
     * @throws org.dangjian.core.validation.InvalidInputException listing every weight out of range
     */
    public static AssignmentWeights of(int distancePerLevel, int expertiseMismatch, int reassignment) {
        Violations v = new Violations();
        v.check(distancePerLevel >= 0 && distancePerLevel <= MAX_WEIGHT, "distancePerLevel", "must be 0 to 100", distancePerLevel);
        v.check(expertiseMismatch >= 0 && expertiseMismatch <= MAX_WEIGHT, "expertiseMismatch", "must be 0 to 100", expertiseMismatch);
        v.check(reassignment >= 0 && reassignment <= MAX_WEIGHT, "reassignment", "must be 0 to 100", reassignment);
        v.throwIfAny();
        return new AssignmentWeights(distancePerLevel, expertiseMismatch, reassignment);
    }

    /** @return the standard weights 10 / 5 / 20, not null */
    public static AssignmentWeights standard() {
        return STANDARD;
    }

    /** @return the cost per level apart */
    public int distancePerLevel() {
        return distancePerLevel;
    }

    /** @return the cost of an expertise mismatch */
    public int expertiseMismatch() {
        return expertiseMismatch;
    }

    /** @return the cost of a reassignment */
    public int reassignment() {
        return reassignment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssignmentWeights w && w.distancePerLevel == distancePerLevel
                && w.expertiseMismatch == expertiseMismatch && w.reassignment == reassignment;
    }

    @Override
    public int hashCode() {
        return Objects.hash(distancePerLevel, expertiseMismatch, reassignment);
    }

    @Override
    public String toString() {
        return "AssignmentWeights[distance=" + distancePerLevel + ", mismatch=" + expertiseMismatch
                + ", reassignment=" + reassignment + "]";
    }
}
