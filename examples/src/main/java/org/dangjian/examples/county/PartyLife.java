package org.dangjian.examples.county;

import java.util.List;

/**
 * The year of one Party organization in the sample county: its members, meetings, admission records and
 * training, generated on demand from the county's seed so a million-organization county stays small in memory.
 *
 * @param members the members, not null
 * @param meetings the meetings held in the report year, not null
 * @param admissions the admission records in progress or completed, not null
 * @param trainings each member's training in the report year, not null
 * @param facts the drawn facts for ratings, not null
 */
public record PartyLife(List<SampleMember> members, List<SampleMeeting> meetings, List<SampleAdmission> admissions,
        List<SampleTraining> trainings, BranchFacts facts) {}
