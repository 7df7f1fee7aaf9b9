package org.dangjian.benchmarks.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleInstructor;
import org.dangjian.training.assignment.ConflictKind;
import org.dangjian.training.assignment.ConflictOfInterest;
import org.dangjian.training.assignment.Instructor;
import org.dangjian.training.assignment.InstructorKind;
import org.dangjian.training.assignment.InstructorNeed;
import org.dangjian.training.assignment.OrganizationNeed;

/**
 * The instructor-assignment problem drawn from the sample county: the operating units with no Party
 * organization (own or joint) that need an instructor, and the county's instructors.
 *
 * @param needs the organizations that need an instructor, not null
 * @param instructors the instructors, not null
 */
public record AssignmentInputs(List<OrganizationNeed> needs, List<Instructor> instructors) {

    /**
     * The first {@code organizations} needs and the first {@code instructors} instructors of the county.
     *
     * @param county the county, not null
     * @param organizations how many needs
     * @param instructors how many instructors
     * @param countyWide whether every instructor may serve the whole county (based in their township) rather
     *     than only their township
     * @return the inputs, not null
     * @throws IllegalArgumentException when the county has too few of either
     */
    public static AssignmentInputs of(SampleCounty county, int organizations, int instructors, boolean countyWide) {
        Set<CreditCode> covered = new HashSet<>();
        for (PartyOrganization po : county.partyOrganizations()) {
            covered.addAll(po.getCoveredOrganizations());
        }
        List<OrganizationNeed> needs = new ArrayList<>(organizations);
        Set<CreditCode> needing = new HashSet<>();
        for (NewOrganization o : county.organizations()) {
            if (needs.size() == organizations) {
                break;
            }
            if (o.isOperating() && !covered.contains(o.getCreditCode())
                    && o.getJurisdiction().level().compareTo(JurisdictionLevel.TOWNSHIP) >= 0) {
                needs.add(OrganizationNeed.builder().organization(o.getCreditCode()).jurisdiction(o.getJurisdiction())
                        .industry(o.getIndustry()).need(InstructorNeed.WORK_COVERAGE_ONLY)
                        .priority(1 + Math.min(99, o.getHeadCount() / 10)).build());
                needing.add(o.getCreditCode());
            }
        }
        if (needs.size() < organizations || county.instructors().size() < instructors) {
            throw new IllegalArgumentException("the county has " + needs.size() + " organizations needing an instructor"
                    + " and " + county.instructors().size() + " instructors");
        }
        Set<CreditCode> claimed = new HashSet<>();
        List<Instructor> staff = new ArrayList<>(instructors);
        for (SampleInstructor s : county.instructors().subList(0, instructors)) {
            Instructor.Builder b = Instructor.builder().id(s.id())
                    .kind(s.fullTime() ? InstructorKind.FULL_TIME : InstructorKind.PART_TIME)
                    .jurisdiction(countyWide ? county.county() : s.township()).expertise(s.expertise());
            if (countyWide) {
                b.base(s.township());
            }
            for (CreditCode c : s.assignments()) {
                if (claimed.add(c)) {
                    b.addCurrentOrganizations(c);
                }
            }
            for (CreditCode c : s.conflicts()) {
                b.addConflicts(ConflictOfInterest.of(c, ConflictKind.WORKS_AT));
            }
            staff.add(b.build());
        }
        return new AssignmentInputs(List.copyOf(needs), List.copyOf(staff));
    }
}
