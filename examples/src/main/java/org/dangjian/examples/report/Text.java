package org.dangjian.examples.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;

/**
 * The report's own labels in Chinese and English, from the {@value #BUNDLE} bundle, rendered with core's
 * {@link Messages}.
 *
 * @param language the language, not null
 */
public record Text(Language language) {
    /** The bundle base name. */
    public static final String BUNDLE = "org.dangjian.examples.report.ReportText";

    /**
     * A label with named arguments given as name, value pairs.
     *
     * @param key the key, not null
     * @param namesAndValues name, value, name, value …, not null
     * @return the text, not null
     */
    public String get(String key, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return Messages.render(BUNDLE, key, args, language);
    }

    /** @return whether the text is Chinese */
    public boolean zh() {
        return language == Language.ZH;
    }

    /**
     * A rate as a percentage with its numerator and denominator, such as {@code 87.50%（35/40）}.
     *
     * @param part the numerator
     * @param whole the denominator
     * @return the text, not null
     */
    public String rate(long part, long whole) {
        String pct = whole == 0 ? "—" : org.dangjian.core.money.Fraction.rate(part, whole).toPercent(2);
        return pct + (zh() ? "（" + part + "/" + whole + "）" : " (" + part + "/" + whole + ")");
    }
}
