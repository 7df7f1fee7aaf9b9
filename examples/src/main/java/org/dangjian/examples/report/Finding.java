package org.dangjian.examples.report;

import java.util.List;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.i18n.Language;

/**
 * One finding of the report: the subject (an organization, a branch, a member), the outcome, a headline and the
 * reasons with their citations.
 *
 * @param subject what it is about, not null
 * @param outcome the decision's outcome, not null
 * @param headline a one-line summary, not null
 * @param reasons the reasons, not null
 */
public record Finding(String subject, String outcome, String headline, List<ReasonLine> reasons) {

    /**
     * A finding from a decision.
     *
     * @param subject what it is about, not null
     * @param headline a one-line summary, not null
     * @param decision the decision, not null
     * @param language the language, not null
     * @return the finding, not null
     */
    public static Finding of(String subject, String headline, Decision<?> decision, Language language) {
        return new Finding(subject, language == Language.ZH ? decision.outcome().label() : decision.outcome().name(),
                headline, decision.reasons().stream().map(r -> ReasonLine.of(r, language)).toList());
    }
}
