package org.dangjian.core.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.CoreRules;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Rate;
import org.junit.jupiter.api.Test;

/** Resolved parameters and rendered reasons give the same answers from many threads as from one. */
class ConcurrencyTest {
    @Test
    void resolvedParametersAndReasonsAreSafeToShare() throws Exception {
        PolicyParameters params = PolicyParametersTest.baseline()
                .adopt(Jurisdiction.of("430100"), LocalProfile.SEED_002, LocalDate.of(2020, 1, 1))
                .override(Jurisdiction.of("430102"), LocalDate.of(2026, 1, 1), PolicyParametersTest.TARGET,
                        Rate.parse("92%"));
        ResolvedParameters shared = params.resolve(Jurisdiction.of("430102001"), LocalDate.of(2026, 3, 1));
        List<String> expected = answers(shared, params);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> answers(shared, params)));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> answers(ResolvedParameters shared, PolicyParameters params) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            out.add(String.valueOf(shared.get(PolicyParametersTest.TARGET)));
            out.add(String.valueOf(shared.get(PolicyParametersTest.STAFF)));
            out.add(params.resolve(Jurisdiction.of("430103001"), LocalDate.of(2026, 3, 1)).report().toString());
            Reason r = Reason.of(CoreRules.TIME_LIMITS, "time.deadline").with("event", i).with("period", "P1M")
                    .with("deadline", i + 1);
            out.add(r.render(Language.ZH) + r.render(Language.EN));
        }
        return out;
    }
}
