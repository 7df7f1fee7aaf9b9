package org.dangjian.core.archfixture.a;

import org.dangjian.core.archfixture.b.OtherDomain;

/** A fixture class of one "domain" that reaches into another. */
public final class ReachesAcross {
    private ReachesAcross() {}

    /** @return the other domain's value */
    public static String reach() {
        return OtherDomain.value();
    }
}
