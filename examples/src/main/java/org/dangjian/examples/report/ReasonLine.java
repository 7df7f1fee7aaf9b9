package org.dangjian.examples.report;

import org.dangjian.core.decision.Reason;
import org.dangjian.core.i18n.Language;

/**
 * One reason of a finding, as shown: the rule id, the rendered message and the citation.
 *
 * @param ruleId such as {@code COV-FORM-001}, not null
 * @param message the rendered message, not null
 * @param citation the regulation and article, not null
 */
public record ReasonLine(String ruleId, String message, String citation) {

    /**
     * A reason rendered in a language.
     *
     * @param reason the reason, not null
     * @param language the language, not null
     * @return the line, not null
     */
    public static ReasonLine of(Reason reason, Language language) {
        return new ReasonLine(reason.ruleId(), reason.render(language), reason.citation().toString());
    }
}
