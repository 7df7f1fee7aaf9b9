package org.dangjian.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Money;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.membership.admission.AdmissionPolicy;
import org.dangjian.membership.dues.DuesBasis;
import org.dangjian.membership.dues.DuesPolicy;
import org.junit.jupiter.api.Test;

/** One resolved dues and admission policy shared by many threads gives the same decisions as one thread. */
class ConcurrencyTest {
    static final ResolvedParameters P = PolicyParameters.nationalBaseline()
            .resolve(Jurisdiction.of("430102"), LocalDate.of(2026, 3, 1));

    private static List<String> decisions(DuesPolicy dues, AdmissionPolicy admission) {
        List<String> out = new ArrayList<>();
        for (long fen = 0; fen < 1_500_000; fen += 2_999) {
            out.add(dues.decideMonthlyDues(DuesBasis.employed(Money.ofFen(fen))).explain(Language.ZH));
            out.add(dues.decideMonthlyDues(DuesBasis.retired(Money.ofFen(fen))).explain(Language.EN));
        }
        out.add(admission.validate(HostileJsonProperties.RECORD, LocalDate.of(2024, 5, 1)).explain(Language.ZH));
        return out;
    }

    @Test
    void sharedPoliciesAnswerTheSameFromManyThreads() throws Exception {
        DuesPolicy dues = DuesPolicy.of(P);
        AdmissionPolicy admission = AdmissionPolicy.of(P);
        List<String> expected = decisions(dues, admission);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> decisions(dues, admission)));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
