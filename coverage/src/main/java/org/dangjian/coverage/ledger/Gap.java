package org.dangjian.coverage.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.coverage.formation.CoverageState;
import org.dangjian.coverage.formation.MethodOption;

/**
 * One entry of the gap list: an organization that fails a requirement, the assessment with its reasons, and
 * the formation methods that fit it, ranked, such as {@code 91430102MA4L12345X JOINT_ORGANIZATION → STANDALONE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Gap {
    private final CreditCode creditCode;
    private final String name;
    private final Jurisdiction jurisdiction;
    private final Supplier<Decision<CoverageState>> assessing;
    private volatile Decision<CoverageState> assessment;
    private final Supplier<List<MethodOption>> ranking;
    private volatile List<MethodOption> methods;

    private Gap(CreditCode creditCode, String name, Jurisdiction jurisdiction, Decision<CoverageState> assessment,
            Supplier<Decision<CoverageState>> assessing, List<MethodOption> methods,
            Supplier<List<MethodOption>> ranking) {
        this.creditCode = Objects.requireNonNull(creditCode);
        this.name = Objects.requireNonNull(name);
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
        this.assessment = assessment;
        this.assessing = assessing;
        this.methods = methods == null ? null : List.copyOf(methods);
        this.ranking = ranking;
    }

    /**
     * A gap whose assessment and methods are computed when first asked for (a gap list of a large ledger
     * explains only the entries read). Both are pure functions of immutable facts, so computing one twice gives
     * the same value.
     */
    static Gap lazy(CreditCode creditCode, String name, Jurisdiction jurisdiction,
            Supplier<Decision<CoverageState>> assessing, Supplier<List<MethodOption>> ranking) {
        return new Gap(creditCode, name, jurisdiction, null, Objects.requireNonNull(assessing), null,
                Objects.requireNonNull(ranking));
    }

    /**
     * A gap.
     *
     * @param creditCode the organization's code, not null
     * @param name its name, not null
     * @param jurisdiction where it is, not null
     * @param assessment the non-compliant assessment, not null
     * @param methods the fitting methods, ranked, not null
     * @return the gap, not null
     */
    public static Gap of(CreditCode creditCode, String name, Jurisdiction jurisdiction,
            Decision<CoverageState> assessment, List<MethodOption> methods) {
        return new Gap(creditCode, name, jurisdiction, Objects.requireNonNull(assessment), null,
                Objects.requireNonNull(methods), null);
    }

    /** @return the organization's code, not null */
    public CreditCode creditCode() {
        return creditCode;
    }

    /** @return its name, not null */
    public String name() {
        return name;
    }

    /** @return where it is, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return the assessment with its reasons, not null */
    public Decision<CoverageState> assessment() {
        Decision<CoverageState> a = assessment;
        if (a == null) {
            a = assessing.get();
            assessment = a;
        }
        return a;
    }

    /** @return the fitting methods, ranked, not null */
    public List<MethodOption> methods() {
        List<MethodOption> m = methods;
        if (m == null) {
            m = List.copyOf(ranking.get());
            methods = m;
        }
        return m;
    }

    /** @return the best method, if any, not null */
    public Optional<FormationMethod> recommended() {
        List<MethodOption> m = methods();
        return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0).method());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gap g && g.creditCode.equals(creditCode) && g.name.equals(name)
                && g.jurisdiction.equals(jurisdiction) && g.assessment().equals(assessment()) && g.methods().equals(methods());
    }

    @Override
    public int hashCode() {
        return Objects.hash(creditCode, jurisdiction);
    }

    /** @return such as {@code 91430102MA4L12345X JOINT_ORGANIZATION → STANDALONE} */
    @Override
    public String toString() {
        return creditCode + " " + assessment().findValue().map(Enum::name).orElse("?") + " → "
                + recommended().map(Enum::name).orElse("—");
    }
}
