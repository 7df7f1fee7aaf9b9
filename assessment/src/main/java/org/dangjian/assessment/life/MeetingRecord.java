package org.dangjian.assessment.life;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The record of one meeting held: its type, date, how many attended of how many expected, the Party group
 * (for a group meeting) and topic tags.
 *
 * <pre>{@code
 * MeetingRecord m = MeetingRecord.builder()
 *         .type(MeetingType.GENERAL_MEETING).date(LocalDate.of(2026, 5, 20))
 *         .attendees(9).expected(12).addTopicTags("学习贯彻")
 *         .build();
 * }</pre>
 *
 * <p>Invariants (all reported together): {@code expected} is at least 1; {@code attendees} is between 0 and
 * {@code expected}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeetingRecord.class)
@JsonDeserialize(as = ImmutableMeetingRecord.class)
public abstract class MeetingRecord {

    /** @return the type, not null */
    public abstract MeetingType getType();

    /** @return the day it was held, not null */
    public abstract LocalDate getDate();

    /** @return how many of those expected attended */
    public abstract int getAttendees();

    /** @return how many were expected (members, committee members or group members with the right to attend) */
    public abstract int getExpected();

    /** @return the Party group that met, for a group meeting, not null */
    public abstract Optional<String> getGroup();

    /** @return topic tags, not null */
    public abstract List<String> getTopicTags();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A meeting with its attendance.
     *
     * @param type the type, not null
     * @param date the date, not null
     * @param attendees how many attended, 0 to expected
     * @param expected how many were expected, at least 1
     * @return the record, not null
     */
    public static MeetingRecord of(MeetingType type, LocalDate date, int attendees, int expected) {
        return builder().type(type).date(date).attendees(attendees).expected(expected).build();
    }

    /** Builds a {@link MeetingRecord}. */
    public static class Builder extends ImmutableMeetingRecord.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(getExpected() >= 1, "expected", "at least one person is expected at a meeting", getExpected());
        v.check(getAttendees() >= 0, "attendees", "must not be negative", getAttendees());
        v.check(getAttendees() <= getExpected(), "attendees",
                "cannot exceed those expected (" + getExpected() + "); count guests separately", getAttendees());
        v.throwIfAny();
    }
}
