package org.dangjian.examples.recipes;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dangjian.assessment.scorecard.IndicatorScore;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.ScorecardInput;
import org.dangjian.assessment.scorecard.ScorecardResult;
import org.dangjian.assessment.scorecard.json.ScorecardJson;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.validation.InvalidInputException;

/**
 * Recipe: score a branch with a county's own scorecard, published as JSON.
 *
 * <pre>{@code
 * Scorecard card = ScorecardJson.read(json);                        // validated: weights, caps, grades
 * ScorecardInput in = ScorecardInput.builder().subject("430102-P-000042")
 *         .putMeasures("life", Points.of(92)).putMeasures("theme-days", Points.of(11))
 *         .build();
 * Decision<ScorecardResult> d = card.evaluate(in);
 * d.value().total();       // points
 * d.value().grade();       // Optional[良好]
 * d.value().breakdown();   // each indicator's points
 * }</pre>
 *
 * <p>The scorecard is data: a county changes an indicator, a weight or a grade band without code. A scorecard
 * whose parts do not add up is refused with one {@link InvalidInputException} naming each problem.
 */
public final class ScoreWithCountyScorecard {
    /** The example scorecard on the class path. */
    public static final String RESOURCE = "/org/dangjian/examples/recipes/county-branch-scorecard.json";

    private ScoreWithCountyScorecard() {}

    /**
     * Scores one branch and prints the breakdown; then shows a broken scorecard being refused.
     *
     * @param out where to print, not null
     * @return the decision for the branch, not null
     */
    public static Decision<ScorecardResult> run(PrintStream out) {
        Scorecard card = ScorecardJson.read(read());
        ScorecardInput branch = ScorecardInput.builder().subject("430102-P-000042")
                .putMeasures("life", Points.of(92))
                .putMeasures("theme-days", Points.of(11))
                .putMeasures("dues", Points.of(97))
                .putMeasures("study", Points.of(85))
                .putMeasures("unpaid-members", Points.of(1))
                .putMeasures("brand", Points.of(1))
                .build();
        Decision<ScorecardResult> d = card.evaluate(branch);
        out.println(card.getTitle() + " — " + branch.getSubject());
        out.println(d.explain(Language.ZH));
        for (IndicatorScore s : d.value().breakdown()) {
            out.println("  " + s);
        }
        out.println("总分 / total: " + d.value().total() + " / " + d.value().maxPoints() + "，等次 / grade: "
                + d.value().grade().orElse("—"));
        String broken = read().replace("\"maxPoints\": 30", "\"maxPoints\": -30").replace("\"minimum\": 60", "\"minimum\": \"sixty\"");
        try {
            ScorecardJson.read(broken);
            throw new IllegalStateException("a broken scorecard was accepted");
        } catch (InvalidInputException e) {
            out.println("拒绝读入有误的计分卡 / broken scorecard refused:");
            e.violations().forEach(v -> out.println("  " + v.path() + ": " + v.message()));
        }
        return d;
    }

    private static String read() {
        try (InputStream in = ScoreWithCountyScorecard.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the recipe.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
