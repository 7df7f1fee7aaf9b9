package org.dangjian.training.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.training.TestParameters;
import org.dangjian.training.duty.Role;
import org.dangjian.training.duty.Trainee;

/** The rotation plan places as many as an exhaustive search, within capacity, only in suitable classes. */
class TrainingPlanProperties {
    private static final TrainingPlanPolicy PLANS = TrainingPlanPolicy.of(TestParameters.baseline(LocalDate.of(2026, 9, 1)));
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);
    private static final String[] PLACES = {"430102001", "430102002", "430102"};

    static boolean suits(TrainingClass k, Trainee t) {
        return !k.getStartDate().isBefore(AS_OF) && k.getEndDate().getYear() == 2026
                && k.getJurisdiction().contains(t.getJurisdiction())
                && (k.getRoles().isEmpty() || k.getRoles().contains(t.getRole()));
    }

    @Property(tries = 200)
    void placesAsManyAsAnExhaustiveSearch(@ForAll long seed) {
        Random r = new Random(seed);
        List<Trainee> people = new ArrayList<>();
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            people.add(Trainee.builder().id("P-" + i).role(r.nextBoolean() ? Role.MEMBER : Role.SECRETARY)
                    .jurisdiction(Jurisdiction.of(PLACES[r.nextInt(2)])).build());
        }
        List<TrainingClass> classes = new ArrayList<>();
        int m = 1 + r.nextInt(3);
        for (int c = 0; c < m; c++) {
            LocalDate start = LocalDate.of(2026, 8, 1).plusDays(r.nextInt(160));
            TrainingClass.Builder b = TrainingClass.builder().id("R-" + c).jurisdiction(Jurisdiction.of(PLACES[r.nextInt(3)]))
                    .startDate(start).endDate(start.plusDays(r.nextInt(5))).capacity(r.nextInt(3));
            if (r.nextInt(3) == 0) {
                b.addRoles(Role.SECRETARY);
            }
            classes.add(b.build());
        }
        RotationPlan plan = PLANS.planRotation(people, classes, Year.of(2026), AS_OF).value();
        Map<String, Integer> load = new HashMap<>();
        for (Map.Entry<String, String> e : plan.getPlacements().entrySet()) {
            Trainee t = people.stream().filter(p -> p.getId().equals(e.getKey())).findFirst().orElseThrow();
            TrainingClass k = classes.stream().filter(c -> c.getId().equals(e.getValue())).findFirst().orElseThrow();
            assertTrue(suits(k, t), e.toString());
            load.merge(k.getId(), 1, Integer::sum);
        }
        for (TrainingClass k : classes) {
            assertTrue(load.getOrDefault(k.getId(), 0) <= k.getCapacity());
        }
        int best = 0;
        int combos = (int) Math.pow(m + 1, n);
        for (int code = 0; code < combos; code++) {
            int c = code;
            int[] used = new int[m];
            int placed = 0;
            boolean ok = true;
            for (int p = 0; p < n && ok; p++) {
                int k = c % (m + 1) - 1;
                c /= m + 1;
                if (k >= 0) {
                    ok = suits(classes.get(k), people.get(p)) && ++used[k] <= classes.get(k).getCapacity();
                    placed++;
                }
            }
            if (ok) {
                best = Math.max(best, placed);
            }
        }
        assertEquals(best, plan.getPlacements().size(), plan.toString());
        assertEquals(n, plan.getPlacements().size() + plan.getUnplaced().size());
    }
}
