package org.dangjian.core.organization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;
import org.immutables.value.Value;

/**
 * A place that hosts organizations: a park, an office building, a business district or a specialised market,
 * such as {@code Host.of("P-001", "芙蓉科技园", HostKind.INDUSTRIAL_PARK, Jurisdiction.of("430102"))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHost.class)
@JsonDeserialize(as = ImmutableHost.class)
public abstract class Host {

    /** @return the host's id in the ledger, not blank */
    @NotBlank
    public abstract String getId();

    /** @return the name, not blank */
    @NotBlank
    public abstract String getName();

    /** @return the kind of place, not null */
    public abstract HostKind getKind();

    /** @return where it is, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return the park's level, for parks, not null */
    public abstract Optional<HostLevel> getLevel();

    /**
     * A host.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param kind the kind, not null
     * @param jurisdiction where it is, not null
     * @return the host, not null
     */
    public static Host of(String id, String name, HostKind kind, Jurisdiction jurisdiction) {
        return ImmutableHost.builder().id(id).name(name).kind(kind).jurisdiction(jurisdiction).build();
    }

    /**
     * The same host with a level.
     *
     * @param level the park level, not null
     * @return the host, not null
     */
    public Host withLevel(HostLevel level) {
        return ImmutableHost.copyOf(this).withLevel(level);
    }
}
