package org.dangjian.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the equals/hashCode contract of a hand-written value type against a copy and one variant per field. */
public final class ValueContract {
    private ValueContract() {}

    /**
     * Asserts that {@code value} equals {@code copy} (same hash), equals neither null nor another type, and
     * differs from every variant, each built to differ in exactly one attribute.
     */
    public static <T> void assertValueContract(T value, T copy, List<T> variants) {
        assertEquals(value, value);
        assertEquals(value, copy);
        assertEquals(copy, value);
        assertEquals(value.hashCode(), copy.hashCode());
        assertNotEquals(null, value);
        assertNotEquals(value, "not a value of this type");
        Set<Integer> hashes = new HashSet<>();
        hashes.add(value.hashCode());
        for (int i = 0; i < variants.size(); i++) {
            T other = variants.get(i);
            assertNotEquals(value, other, "variant " + i + " must differ: " + other);
            assertNotEquals(other, value, "variant " + i + " must differ: " + other);
            hashes.add(other.hashCode());
        }
        assertTrue(hashes.size() > 1, "hashCode depends on the attributes");
    }
}
