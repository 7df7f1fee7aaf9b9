package org.dangjian.core.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.core.CoreRules;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.testing.GoldenCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class TimeLimitsGoldenTest {
    @TestFactory
    Stream<DynamicTest> timeLimitCases() {
        return GoldenCases.run("/golden/time.json", c -> {
            LocalDate event = LocalDate.parse(c.facts().path("event").asText());
            Period period = Period.parse(c.facts().path("period").asText());
            LocalDate end = TimeLimits.endOf(event, period);
            return Decision.determined(end, List.of(Reason.of(CoreRules.TIME_LIMITS, "time.deadline")
                    .with("event", event).with("period", period).with("deadline", end)));
        });
    }
}
