package org.dangjian.membership.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * A mobile member (流动党员): one home organization that keeps the membership and the vote, and the host
 * organizations where the member joins organizational life (“一方隶属、多重管理”), such as
 * {@code M-0001 home 430102-B-0001, hosts [440305-B-0120], away since 2025-09-01}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MobileMember {
    private final String memberRef;
    private final String homeOrganization;
    private final List<String> hostOrganizations;
    private final LocalDate awaySince;
    private final LocalDate lastReportedHome;

    private MobileMember(String memberRef, String homeOrganization, List<String> hostOrganizations,
            LocalDate awaySince, LocalDate lastReportedHome) {
        this.memberRef = memberRef;
        this.homeOrganization = homeOrganization;
        this.hostOrganizations = hostOrganizations;
        this.awaySince = awaySince;
        this.lastReportedHome = lastReportedHome;
    }

    /**
     * A mobile member.
     *
     * @param memberRef the member's register reference, not blank
     * @param homeOrganization the home organization's id, not blank
     * @param hostOrganizations the host organizations' ids, each once, none the home, not null
     * @param awaySince the day the member left, not null
     * @param lastReportedHome the last day the member reported to the home organization, if any, not null
     * @return the member, not null
     * @throws InvalidInputException listing every problem
     */
    public static MobileMember of(String memberRef, String homeOrganization, List<String> hostOrganizations,
            LocalDate awaySince, Optional<LocalDate> lastReportedHome) {
        Objects.requireNonNull(awaySince, "awaySince");
        List<String> hosts = List.copyOf(hostOrganizations);
        Violations v = new Violations();
        v.check(memberRef != null && !memberRef.isBlank(), "memberRef", "must not be blank", memberRef);
        v.check(homeOrganization != null && !homeOrganization.isBlank(), "homeOrganization", "must not be blank",
                homeOrganization);
        for (int i = 0; i < hosts.size(); i++) {
            v.check(!hosts.get(i).equals(homeOrganization), "hostOrganizations[" + i + "]",
                    "the home organization is not also a host", hosts.get(i));
            v.check(hosts.indexOf(hosts.get(i)) == i, "hostOrganizations[" + i + "]", "host listed twice", hosts.get(i));
        }
        lastReportedHome.ifPresent(d -> v.check(!d.isBefore(awaySince), "lastReportedHome",
                "a report home comes after leaving (" + awaySince + ")", d));
        v.throwIfAny();
        return new MobileMember(memberRef, homeOrganization, hosts, awaySince, lastReportedHome.orElse(null));
    }

    /** @return the member's reference, not null */
    public String memberRef() {
        return memberRef;
    }

    /** @return the home organization, which keeps the membership, not null */
    public String homeOrganization() {
        return homeOrganization;
    }

    /** @return the host organizations, not null */
    public List<String> hostOrganizations() {
        return hostOrganizations;
    }

    /** @return the day the member left, not null */
    public LocalDate awaySince() {
        return awaySince;
    }

    /** @return the last report to the home organization, not null */
    public Optional<LocalDate> lastReportedHome() {
        return Optional.ofNullable(lastReportedHome);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobileMember m && memberRef.equals(m.memberRef) && homeOrganization.equals(m.homeOrganization)
                && hostOrganizations.equals(m.hostOrganizations) && awaySince.equals(m.awaySince)
                && Objects.equals(lastReportedHome, m.lastReportedHome);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberRef, homeOrganization, hostOrganizations, awaySince, lastReportedHome);
    }

    @Override
    public String toString() {
        return memberRef + " home " + homeOrganization + ", hosts " + hostOrganizations + ", away since " + awaySince;
    }
}
