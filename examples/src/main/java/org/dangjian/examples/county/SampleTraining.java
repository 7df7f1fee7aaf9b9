package org.dangjian.examples.county;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One person's training in the report year.
 *
 * @param memberId the member, not null
 * @param partyOrganizationId the member's Party organization, not null
 * @param secretary whether the person is the secretary
 * @param classHours class hours in the year
 * @param rotationAttended whether the person attended the year's rotation training (“全员轮训一遍”)
 * @param centralisedAtCounty whether the person attended a centralised training at county level or above
 * @param appointedOn for a secretary appointed in the year, the appointment date, not null
 * @param onboardingOn for such a secretary, the onboarding training date, not null
 */
public record SampleTraining(String memberId, String partyOrganizationId, boolean secretary, int classHours,
        boolean rotationAttended, boolean centralisedAtCounty, Optional<LocalDate> appointedOn,
        Optional<LocalDate> onboardingOn) {}
