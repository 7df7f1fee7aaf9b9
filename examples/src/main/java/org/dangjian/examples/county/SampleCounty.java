package org.dangjian.examples.county;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.json.DangjianModule;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;

/**
 * A generated county: its townships, hosts, new organizations, Party organizations and instructors, with each
 * Party organization's year ({@link #lifeOf(PartyOrganization)}) generated on demand from the same seed.
 *
 * <pre>{@code
 * SampleCounty county = SampleCountyGenerator.generate(2026L, 5_000);
 * county.organizations().size();                         // 5000
 * PartyLife life = county.lifeOf(county.partyOrganizations().get(0));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleCounty {
    private final long seed;
    private final Jurisdiction county;
    private final String countyName;
    private final int year;
    private final List<Township> townships;
    private final List<Host> hosts;
    private final List<NewOrganization> organizations;
    private final List<PartyOrganization> partyOrganizations;
    private final List<SampleInstructor> instructors;
    private final Map<CreditCode, NewOrganization> byCode;

    SampleCounty(long seed, Jurisdiction county, String countyName, int year, List<Township> townships,
            List<Host> hosts, List<NewOrganization> organizations, List<PartyOrganization> partyOrganizations,
            List<SampleInstructor> instructors, Map<CreditCode, NewOrganization> byCode) {
        this.seed = seed;
        this.county = county;
        this.countyName = countyName;
        this.year = year;
        this.townships = List.copyOf(townships);
        this.hosts = List.copyOf(hosts);
        this.organizations = List.copyOf(organizations);
        this.partyOrganizations = List.copyOf(partyOrganizations);
        this.instructors = List.copyOf(instructors);
        this.byCode = byCode;
    }

    /** @return the seed it was generated from */
    public long seed() {
        return seed;
    }

    /** @return the county's GB/T 2260 code, not null */
    public Jurisdiction county() {
        return county;
    }

    /** @return the county's name, not null */
    public String countyName() {
        return countyName;
    }

    /** @return the report year: meetings, dues and training cover it */
    public int year() {
        return year;
    }

    /** @return the as-of date of the report: the last day of the report year, not null */
    public LocalDate asOf() {
        return LocalDate.of(year, 12, 31);
    }

    /** @return the townships, by code, not null */
    public List<Township> townships() {
        return townships;
    }

    /** @return the parks, buildings, business districts and markets, not null */
    public List<Host> hosts() {
        return hosts;
    }

    /** @return the new organizations, not null */
    public List<NewOrganization> organizations() {
        return organizations;
    }

    /** @return the Party organizations, not null */
    public List<PartyOrganization> partyOrganizations() {
        return partyOrganizations;
    }

    /** @return the instructors, not null */
    public List<SampleInstructor> instructors() {
        return instructors;
    }

    /**
     * Finds an organization by its credit code.
     *
     * @param code the code, not null
     * @return the organization, not null
     */
    public Optional<NewOrganization> organization(CreditCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The report year of one Party organization: members, meetings, admissions and training. The same county
     * and organization always give the same year.
     *
     * @param partyOrganization one of {@link #partyOrganizations()}, not null
     * @return its year, not null
     */
    public PartyLife lifeOf(PartyOrganization partyOrganization) {
        return new PartyLifeGenerator(this, partyOrganization).generate();
    }

    /**
     * A fingerprint of everything in the county, lives included: the SHA-256 of its JSON. The same seed and size
     * give the same fingerprint on every machine. Meant for small counties (it generates every life).
     *
     * @return 64 hexadecimal digits, not null
     */
    public String fingerprint() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        ObjectMapper mapper = JsonMapper.builder().addModule(new Jdk8Module()).addModule(new JavaTimeModule())
                .addModule(new DangjianModule()).build();
        try {
            sha.update(mapper.writeValueAsBytes(List.of(townships, hosts, organizations, partyOrganizations,
                    instructors)));
            for (PartyOrganization po : partyOrganizations) {
                sha.update(mapper.writeValueAsBytes(lifeOf(po)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the county as JSON", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The dates an instructor visited an organization in the report year.
     *
     * @param instructor the instructor, not null
     * @param organization a unit the instructor serves, not null
     * @return the visit dates in order, not null
     */
    public List<LocalDate> visits(SampleInstructor instructor, CreditCode organization) {
        return PartyLifeGenerator.visits(this, instructor, organization);
    }
}
