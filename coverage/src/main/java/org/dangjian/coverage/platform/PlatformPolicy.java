package org.dangjian.coverage.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.CoverageRules;

/**
 * Places the Party building of platform worker groups (couriers, riders, drivers, streamers …): which
 * supervising department leads it and which body hosts the organization.
 *
 * <pre>{@code
 * PlatformPolicy p = PlatformPolicy.of(params.resolve(county, date));
 * p.decideHosting(PlatformWorkerGroup.COURIER).value().department();   // POSTAL_ADMINISTRATION
 * }</pre>
 *
 * <p>Only the mappings found in national deployments have a baseline (couriers → postal administration;
 * food-delivery riders → market regulation; ride-hailing and truck drivers → transport); streamers, domestic
 * workers and every hosting body are local parameters: the decision is {@code INSUFFICIENT_DATA} until the
 * jurisdiction sets the department, and names no host until it sets the host. This class is immutable and
 * thread-safe.
 */
public final class PlatformPolicy {
    private final ResolvedParameters parameters;

    private PlatformPolicy(ResolvedParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * The policy.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static PlatformPolicy of(ResolvedParameters parameters) {
        return new PlatformPolicy(parameters);
    }

    /**
     * Which department leads the group's Party building and which body hosts its organization.
     *
     * @param group the group, not null
     * @return DETERMINED with the hosting (host empty when the jurisdiction names none), or INSUFFICIENT_DATA
     *     when no department is set for the group, not null
     */
    public Decision<PlatformHosting> decideHosting(PlatformWorkerGroup group) {
        Optional<SupervisingDepartment> dept = parameters.find(CoverageRules.departmentKey(group));
        String deptName = CoverageRules.departmentKey(group).name();
        if (dept.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.PLAT_DEPARTMENT, "plat.department.missing")
                    .with("group", group.label()).with("parameter", deptName)));
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(CoverageRules.PLAT_DEPARTMENT, "plat.department")
                .with("group", group.label()).with("department", dept.get().label()).read(deptName, dept.get()));
        Optional<String> host = parameters.find(CoverageRules.hostKey(group));
        String hostName = CoverageRules.hostKey(group).name();
        reasons.add(host.map(h -> Reason.of(CoverageRules.PLAT_HOST, "plat.host").with("group", group.label()).with("host", h)
                .read(hostName, h))
                .orElseGet(() -> Reason.of(CoverageRules.PLAT_HOST, "plat.host.missing").with("group", group.label())
                        .with("parameter", hostName)));
        return Decision.of(Outcome.DETERMINED, PlatformHosting.of(group, dept.get(), host.orElse(null)), reasons);
    }
}
