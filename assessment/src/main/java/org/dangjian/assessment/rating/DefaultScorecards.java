package org.dangjian.assessment.rating;

import org.dangjian.assessment.scorecard.Indicator;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.ScoringKind;
import org.dangjian.assessment.scorecard.ThresholdStep;
import org.dangjian.assessment.scorecard.VetoItem;

/**
 * The scorecards the SDK ships, built in code (a county publishes its own as JSON).
 *
 * <ul>
 *   <li>{@link #cityFiveStar()}: the city scheme of ../shared/RULES.md — 110 points, of which 100 are base
 *   points and 10 reward an innovation project. The scheme publishes only the total and the star bands; the
 *   ten base indicators are a template of equal weight (10 points each) that scores rates linearly from 0% to
 *   100% and done/not-done items by a single threshold, so that no figure beyond the scheme's is invented.</li>
 *   <li>{@link #doubleStrongSixGood()}: one indicator per dimension of “双强六好”, 12.5 points each (equal
 *   weight, 100 in all), met or not met.</li>
 * </ul>
 */
public final class DefaultScorecards {
    /** The id of the innovation-project indicator of the five-star scorecard. */
    public static final String INNOVATION = "innovation";
    /** The id of the veto item of the shipped scorecards. */
    public static final String SERIOUS_VIOLATION = "serious-violation";

    private static final Scorecard CITY_FIVE_STAR = buildCityFiveStar();
    private static final Scorecard DOUBLE_STRONG_SIX_GOOD = buildDoubleStrongSixGood();

    private DefaultScorecards() {}

    /** @return the city's five-star scorecard (110 points), not null */
    public static Scorecard cityFiveStar() {
        return CITY_FIVE_STAR;
    }

    /** @return the “双强六好” scorecard (8 dimensions, 100 points), not null */
    public static Scorecard doubleStrongSixGood() {
        return DOUBLE_STRONG_SIX_GOOD;
    }

    private static Indicator rate(String id, String title, String group) {
        return Indicator.builder().id(id).title(title).group(group).kind(ScoringKind.LINEAR)
                .maxPoints(Points.of(10)).zeroAt(Points.ZERO).fullAt(Points.of(100)).build();
    }

    private static Indicator done(String id, String title, String group, Points points) {
        return Indicator.builder().id(id).title(title).group(group).kind(ScoringKind.THRESHOLD).maxPoints(points)
                .addSteps(ThresholdStep.of(Points.of(1), points)).build();
    }

    private static Scorecard buildCityFiveStar() {
        Points ten = Points.of(10);
        return Scorecard.builder().id("city-five-star").title("五星级党组织评定（某市方案，110分）")
                .basePoints(Points.of(100))
                .addIndicators(
                        rate("life", "“三会一课”落实率（%）", "组织生活"),
                        rate("theme-day", "主题党日开展率（%）", "组织生活"),
                        done("life-meeting", "组织生活会和民主评议党员已开展", "组织生活", ten),
                        done("team", "书记在岗、班子按期换届", "班子建设", ten),
                        rate("study", "党员参学率（%）", "党员队伍"),
                        rate("dues", "党费按时足额交纳率（%）", "党员队伍"),
                        done("admission", "培养入党积极分子或发展党员", "党员队伍", ten),
                        Indicator.builder().id("venue").title("阵地“六有”达标项数").group("阵地建设")
                                .kind(ScoringKind.LINEAR).maxPoints(ten).zeroAt(Points.ZERO).fullAt(Points.of(6))
                                .build(),
                        Indicator.builder().id("mass-organizations").title("已建群团组织数（工会、共青团、妇联）")
                                .group("群团建设").kind(ScoringKind.LINEAR).maxPoints(ten).zeroAt(Points.ZERO)
                                .fullAt(Points.of(3)).build(),
                        rate("satisfaction", "职工群众满意度（%）", "作用发挥"),
                        Indicator.builder().id(INNOVATION).title("创新项目（党建品牌）").group("创新")
                                .kind(ScoringKind.BONUS).perItem(ten).cap(ten).build())
                .addVetoes(VetoItem.of(SERIOUS_VIOLATION, "发生严重违纪违法、重大安全事故或群体性事件"))
                .build();
    }

    private static Scorecard buildDoubleStrongSixGood() {
        Scorecard.Builder b = Scorecard.builder().id("double-strong-six-good").title("“双强六好”非公企业党组织评定")
                .basePoints(Points.of(100));
        for (DoubleStrongSixGoodDimension d : DoubleStrongSixGoodDimension.values()) {
            b.addIndicators(done(d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), d.label(), d.name(),
                    Points.parse("12.5")));
        }
        return b.addVetoes(VetoItem.of(SERIOUS_VIOLATION, "发生严重违纪违法、重大安全事故或群体性事件")).build();
    }
}
