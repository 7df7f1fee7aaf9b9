package org.dangjian.examples.county;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One meeting held by a Party organization of the sample county.
 *
 * @param partyOrganizationId who held it, not null
 * @param kind the kind, not null
 * @param date when, not null
 * @param expected members expected to attend
 * @param attendees members present
 * @param group for a Party-group meeting, the group, such as {@code G2}; otherwise empty, not null
 */
public record SampleMeeting(String partyOrganizationId, MeetingKind kind, LocalDate date, int expected,
        int attendees, Optional<String> group) {}
