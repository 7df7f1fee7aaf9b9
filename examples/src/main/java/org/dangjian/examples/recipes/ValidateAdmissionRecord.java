package org.dangjian.examples.recipes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.i18n.Language;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.membership.admission.AdmissionFinding;
import org.dangjian.membership.admission.AdmissionPolicy;
import org.dangjian.membership.admission.AdmissionRecord;
import org.dangjian.membership.admission.AdmissionReport;

/**
 * Recipe: validate an admission record and print the next step with its earliest date and deadline.
 *
 * <pre>{@code
 * AdmissionPolicy policy = AdmissionPolicy.of(parameters.resolve(county, asOf));
 * Decision<AdmissionReport> d = policy.validate(record, asOf);
 * d.value().findings();        // each step out of order or outside its time limit, with its article
 * d.value().nextStep();        // the next step
 * d.value().nextDeadline();    // by when
 * }</pre>
 *
 * <p>The record: an activist designated a development candidate after ten months (the rules ask for at least a
 * year), now waiting for introducers. The applicant is named by a register reference, never by name or
 * identity number.
 */
public final class ValidateAdmissionRecord {
    private ValidateAdmissionRecord() {}

    /**
     * Validates and prints.
     *
     * @param out where to print, not null
     * @param language the language, not null
     * @return the decision, not null
     */
    public static Decision<AdmissionReport> run(PrintStream out, Language language) {
        AdmissionRecord record = AdmissionRecord.builder()
                .applicantRef("430102-A-0007")
                .birthDate(LocalDate.of(1998, 5, 4))
                .applicationDate(LocalDate.of(2024, 3, 1))
                .talkDate(LocalDate.of(2024, 3, 20))
                .activistDate(LocalDate.of(2024, 4, 10)).cultivators(2)
                .addActivistAssessments(LocalDate.of(2024, 10, 10))
                .candidateDate(LocalDate.of(2025, 2, 10))
                .build();
        LocalDate asOf = LocalDate.of(2025, 3, 1);
        AdmissionPolicy policy = AdmissionPolicy.of(CountyParameters.load().resolve(Jurisdiction.of("430102"), asOf));
        Decision<AdmissionReport> d = policy.validate(record, asOf);
        out.println(record.getApplicantRef() + " " + (language == Language.ZH ? d.outcome().label() : d.outcome()));
        for (AdmissionFinding f : d.value().findings()) {
            out.println("  [" + f.step().label() + "] " + f.reason().explain(language));
        }
        out.println("下一步 / next step: " + d.value().nextStep().map(s -> s.label() + " " + s).orElse("—")
                + "，最早 / earliest " + d.value().nextEarliest().map(Object::toString).orElse("—")
                + "，期限 / deadline " + d.value().nextDeadline().map(Object::toString).orElse("—"));
        return d;
    }

    /**
     * Runs the recipe.
     *
     * @param args {@code en} for English, otherwise Chinese
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                args.length > 0 && args[0].equals("en") ? Language.EN : Language.ZH);
    }
}
