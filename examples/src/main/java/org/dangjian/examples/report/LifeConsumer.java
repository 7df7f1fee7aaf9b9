package org.dangjian.examples.report;

import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.examples.county.PartyLife;

/** Takes each Party organization's year once, in the report's single pass over them. */
interface LifeConsumer {
    /**
     * Takes one organization's year.
     *
     * @param organization the Party organization, not null
     * @param life its year, not null
     */
    void accept(PartyOrganization organization, PartyLife life);
}
