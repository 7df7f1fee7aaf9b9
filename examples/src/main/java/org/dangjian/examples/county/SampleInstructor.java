package org.dangjian.examples.county;

import java.util.List;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.PersonName;

/**
 * A Party-building instructor (党建指导员) of the sample county.
 *
 * @param id such as {@code 430102-I-0001}, not null
 * @param name the name, not null
 * @param township where the instructor is based, not null
 * @param expertise the industries the instructor knows, not null
 * @param fullTime whether full-time (part-time instructors serve fewer organizations)
 * @param conflicts units the instructor works in, invests in or is related to, never to be assigned, not null
 * @param assignments the units the instructor serves now, not null
 */
public record SampleInstructor(String id, PersonName name, Jurisdiction township, Set<Industry> expertise,
        boolean fullTime, Set<CreditCode> conflicts, List<CreditCode> assignments) {}
