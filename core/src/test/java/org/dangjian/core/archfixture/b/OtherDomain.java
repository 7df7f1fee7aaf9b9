package org.dangjian.core.archfixture.b;

/** A fixture class of another "domain". */
public final class OtherDomain {
    private OtherDomain() {}

    /** @return a value (a method, so the dependency is not inlined like a constant) */
    public static String value() {
        return "b";
    }
}
