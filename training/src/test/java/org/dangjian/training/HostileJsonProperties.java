package org.dangjian.training;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.testing.HostileJson;
import org.dangjian.training.assignment.InstructorNeed;
import org.dangjian.training.assignment.OrganizationNeed;
import org.dangjian.training.duty.ClassHours;
import org.dangjian.training.duty.OrganizerLevel;
import org.dangjian.training.duty.TrainingKind;
import org.dangjian.training.duty.TrainingRecord;

/** The readers of needs and training records answer hostile JSON with values or one InvalidInputException. */
class HostileJsonProperties {
    static final List<OrganizationNeed> NEEDS = List.of(OrganizationNeed.builder()
            .organization(CreditCode.withCheckCharacter("91430102MA4L00001")).jurisdiction(Jurisdiction.of("430102001"))
            .industry(Industry.C).need(InstructorNeed.WORK_COVERAGE_ONLY).build());
    static final TrainingRecord RECORD = TrainingRecord.builder().personId("P-1").course("两新党组织书记轮训")
            .kind(TrainingKind.ROTATION).organizerLevel(OrganizerLevel.COUNTY)
            .startDate(LocalDate.of(2026, 4, 1)).endDate(LocalDate.of(2026, 4, 3)).classHours(ClassHours.of(24)).build();

    @Property(tries = 1500)
    void needsReader(@ForAll("needs") String json) {
        HostileJson.assertValueOrInvalidInput(() -> DangjianJson.read(json, new TypeReference<List<OrganizationNeed>>() {}));
    }

    @Property(tries = 1500)
    void trainingRecordReader(@ForAll("records") String json) {
        HostileJson.assertValueOrInvalidInput(() -> DangjianJson.read(json, TrainingRecord.class));
    }

    @Provide
    Arbitrary<String> needs() {
        return HostileJson.documents(DangjianJson.write(NEEDS));
    }

    @Provide
    Arbitrary<String> records() {
        return HostileJson.documents(DangjianJson.write(RECORD));
    }
}
