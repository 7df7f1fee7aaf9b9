package org.dangjian.training.assignment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.core.code.CreditCode;
import org.immutables.value.Value;

/**
 * An instructor assignment plan: who guides which organization, which organizations stay unserved and why,
 * and the plan's objective — the priority weight served (maximised first) and the total cost (minimised
 * next).
 *
 * <p>{@code toString()} gives the objective, such as {@code served 3/4, unserved weight 1, cost 30}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssignmentPlan.class)
@JsonDeserialize(as = ImmutableAssignmentPlan.class)
public abstract class AssignmentPlan {

    /** @return the assignments, ordered by organization, not null */
    public abstract List<Assignment> getAssignments();

    /** @return the unserved organizations with their reasons, ordered by organization, not null */
    public abstract List<UnservedOrganization> getUnserved();

    /** @return the capacity used for each instructor, by id, not null */
    public abstract Map<String, Integer> getCapacities();

    /** @return the total priority weight of the organizations served */
    public long servedWeight() {
        return getAssignments().stream().mapToLong(Assignment::getPriority).sum();
    }

    /** @return how many organizations are served */
    public int served() {
        return getAssignments().size();
    }

    /** @return how many organizations needed an instructor */
    public int needing() {
        return getAssignments().size() + getUnserved().size();
    }

    /** @return the total priority weight of the unserved organizations */
    public long unservedWeight() {
        return getUnserved().stream().mapToLong(UnservedOrganization::getPriority).sum();
    }

    /** @return the total cost of the assignments */
    public long totalCost() {
        return getAssignments().stream().mapToLong(Assignment::getCost).sum();
    }

    /** @return how many organizations each instructor guides in the plan, by id, every instructor listed, not null */
    public Map<String, Integer> loads() {
        Map<String, Integer> m = new TreeMap<>();
        for (String id : getCapacities().keySet()) {
            m.put(id, 0);
        }
        for (Assignment a : getAssignments()) {
            m.merge(a.getInstructorId(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * The instructor of an organization in the plan.
     *
     * @param organization the organization, not null
     * @return the instructor's id, empty when unserved or unknown, not null
     */
    public Optional<String> instructorOf(CreditCode organization) {
        return getAssignments().stream().filter(a -> a.getOrganization().equals(organization))
                .map(Assignment::getInstructorId).findFirst();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AssignmentPlan}. */
    public static class Builder extends ImmutableAssignmentPlan.Builder {}

    @Override
    public String toString() {
        return "served " + served() + "/" + needing() + ", unserved weight " + unservedWeight() + ", cost "
                + totalCost();
    }
}
