package org.dangjian.examples.county;

/**
 * Facts about a Party organization that the sample county draws rather than derives: how many of the “六有” venue
 * items it has, the staff's satisfaction, whether it has an innovation project (a Party-building brand), and
 * whether a serious violation happened (a veto in the star rating).
 *
 * @param venueItems venue items present, 0 to 6
 * @param satisfactionPercent satisfaction of staff and the public, 0 to 100
 * @param innovationProject whether it has an innovation project
 * @param seriousViolation whether a serious violation, accident or mass incident happened
 * @param teamDisunited whether the leading team is disunited
 */
public record BranchFacts(int venueItems, int satisfactionPercent, boolean innovationProject,
        boolean seriousViolation, boolean teamDisunited) {}
