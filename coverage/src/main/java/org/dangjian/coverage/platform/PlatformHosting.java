package org.dangjian.coverage.platform;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a platform worker group's Party building sits: the supervising department, and the body (an industry
 * Party committee, association or alliance) that hosts its organization where the jurisdiction names one,
 * such as {@code 快递员 → 邮政管理部门, 市快递行业党委}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlatformHosting {
    private final PlatformWorkerGroup group;
    private final SupervisingDepartment department;
    private final String host;

    private PlatformHosting(PlatformWorkerGroup group, SupervisingDepartment department, String host) {
        this.group = Objects.requireNonNull(group, "group");
        this.department = Objects.requireNonNull(department, "department");
        this.host = host;
    }

    /**
     * A hosting.
     *
     * @param group the group, not null
     * @param department the supervising department, not null
     * @param host the hosting body, or null when the jurisdiction names none
     * @return the hosting, not null
     */
    public static PlatformHosting of(PlatformWorkerGroup group, SupervisingDepartment department, String host) {
        return new PlatformHosting(group, department, host);
    }

    /** @return the group, not null */
    public PlatformWorkerGroup group() {
        return group;
    }

    /** @return the supervising department, not null */
    public SupervisingDepartment department() {
        return department;
    }

    /** @return the hosting body, if the jurisdiction names one, not null */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlatformHosting p && p.group == group && p.department == department
                && Objects.equals(p.host, host);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, department, host);
    }

    /** @return such as {@code COURIER→POSTAL_ADMINISTRATION@市快递行业党委} */
    @Override
    public String toString() {
        return group + "→" + department + (host == null ? "" : "@" + host);
    }
}
