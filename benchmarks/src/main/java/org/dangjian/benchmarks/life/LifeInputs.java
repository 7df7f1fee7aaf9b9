package org.dangjian.benchmarks.life;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.assessment.life.MeetingRecord;
import org.dangjian.assessment.life.MeetingType;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleMeeting;

/**
 * The sample county's meetings in the assessment module's terms.
 */
public final class LifeInputs {

    private LifeInputs() {
    }

    /**
     * One Party organization's meetings of the year.
     *
     * @param life its year, not null
     * @return the meeting records, not null
     */
    public static List<MeetingRecord> meetings(PartyLife life) {
        List<MeetingRecord> meetings = new ArrayList<>(life.meetings().size());
        for (SampleMeeting m : life.meetings()) {
            MeetingRecord.Builder b = MeetingRecord.builder().type(MeetingType.valueOf(m.kind().name()))
                    .date(m.date()).attendees(m.attendees()).expected(m.expected());
            m.group().ifPresent(b::group);
            meetings.add(b.build());
        }
        return List.copyOf(meetings);
    }
}
