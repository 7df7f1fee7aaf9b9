package org.dangjian.core.validation;

/**
 * Masks personal data so it never appears in full in a {@code toString()}, a log line or an exception.
 *
 * <p>Identity-number-like strings keep their first four and last two characters
 * ({@code 4301************1X}); names keep their first character ({@code 张*}, {@code 欧阳**}); anything else
 * keeps a third at most.
 */
public final class Masking {
    private Masking() {}

    /**
     * Masks a personal value of any kind.
     *
     * @param value the value, not null
     * @return the masked form, not null
     */
    public static String mask(CharSequence value) {
        String s = value.toString();
        int n = s.codePointCount(0, s.length());
        if (n == 0) {
            return "";
        }
        if (n >= 15) {
            return keep(s, 4, 2);
        }
        if (n <= 4) {
            return name(s);
        }
        return keep(s, n / 3 / 2 + 1, n / 3 / 2);
    }

    /**
     * Masks a person's name: the first character stays, the rest become {@code *}.
     *
     * @param name the name, not null
     * @return the masked name, such as {@code 张*}, not null
     */
    public static String name(CharSequence name) {
        String s = name.toString().strip();
        int n = s.codePointCount(0, s.length());
        if (n == 0) {
            return "";
        }
        return keep(s, 1, 0);
    }

    /**
     * Keeps the first {@code head} and last {@code tail} code points and stars the rest.
     *
     * @param s the text, not null
     * @param head code points kept at the start
     * @param tail code points kept at the end
     * @return the masked text, not null
     */
    public static String keep(String s, int head, int tail) {
        int[] cps = s.codePoints().toArray();
        if (head + tail >= cps.length) {
            head = Math.min(head, Math.max(0, cps.length - 1));
            tail = 0;
        }
        StringBuilder sb = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (i < head || i >= cps.length - tail) {
                sb.appendCodePoint(cps[i]);
            } else {
                sb.append('*');
            }
        }
        return sb.toString();
    }
}
