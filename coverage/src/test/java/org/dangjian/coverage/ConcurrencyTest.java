package org.dangjian.coverage;

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
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.testing.CoreArbitraries;
import org.dangjian.coverage.formation.FormationContext;
import org.dangjian.coverage.formation.FormationPolicy;
import org.junit.jupiter.api.Test;

/** One resolved formation policy shared by many threads gives the same decisions as one thread. */
class ConcurrencyTest {
    @Test
    void sharedFormationPolicyAnswersTheSameFromManyThreads() throws Exception {
        ResolvedParameters p = PolicyParameters.nationalBaseline()
                .adopt(Jurisdiction.of("430100"), LocalProfile.SEED_002, LocalDate.of(2020, 1, 1))
                .resolve(Jurisdiction.of("430102"), LocalDate.of(2026, 3, 1));
        FormationPolicy policy = FormationPolicy.of(p);
        List<NewOrganization> orgs = CoreArbitraries.newOrganizations().sampleStream().limit(300).toList();
        List<String> expected = decisions(policy, orgs);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> decisions(policy, orgs)));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(expected, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> decisions(FormationPolicy policy, List<NewOrganization> orgs) {
        List<String> out = new ArrayList<>();
        for (NewOrganization o : orgs) {
            out.add(policy.decideRequirement(o).explain(Language.ZH));
            out.add(policy.rankMethods(o, FormationContext.empty()).explain(Language.EN));
            out.add(policy.decideLevel(o.getFullMembers(), o.members()).explain(Language.ZH));
        }
        return out;
    }
}
