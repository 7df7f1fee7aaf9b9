package org.dangjian.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/** A JMH blackhole outside JMH, for the smoke tests. */
public final class Blackholes {

    private Blackholes() {
    }

    /** @return a blackhole that swallows what the benchmark methods return */
    public static Blackhole create() {
        return new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }
}
