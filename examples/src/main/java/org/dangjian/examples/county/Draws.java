package org.dangjian.examples.county;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.PersonName;

/**
 * Seeded draws for the generator. Only {@link SplittableRandom} and {@link StrictMath} are used, so the same
 * seed gives the same numbers on every machine and JDK.
 */
final class Draws {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌辉鹏宇浩晨欣怡婷雪琳子涵博睿思远志湘蓉";
    /** Hunan division codes used as birthplaces in identity numbers (GB/T 2260). */
    private static final List<String> BIRTHPLACES = List.of("430102", "430103", "430104", "430105", "430111",
            "430112", "430121", "430181", "430182", "430202", "430302", "430402", "430502", "430602", "430702",
            "430902", "431002", "431102", "431202", "433101");

    private final SplittableRandom random;

    Draws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Mixes a seed with a label into an independent seed (a SplitMix64 finaliser over the label's hash). */
    static long mix(long seed, String label) {
        long z = seed * 0x9E3779B97F4A7C15L + label.hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A standard normal draw (Box–Muller with StrictMath, reproducible everywhere). */
    double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** A log-normal whole number at least {@code min} and at most {@code max}: the skewed head-count shape. */
    int logNormal(double mu, double sigma, int min, int max) {
        double v = StrictMath.exp(mu + sigma * gaussian());
        return (int) Math.max(min, Math.min(max, StrictMath.floor(v)));
    }

    /** Successes in {@code n} trials of probability {@code p}; exact below 200 trials, normal above. */
    int binomial(int n, double p) {
        if (n <= 200) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (random.nextDouble() < p) {
                    k++;
                }
            }
            return k;
        }
        double mean = n * p;
        double sd = StrictMath.sqrt(n * p * (1 - p));
        return (int) Math.max(0, Math.min(n, StrictMath.round(mean + sd * gaussian())));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks an index with the given weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    LocalDate dateBetween(LocalDate first, LocalDate last) {
        long span = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
    }

    PersonName personName() {
        StringBuilder sb = new StringBuilder();
        sb.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return PersonName.of(sb.toString());
    }

    /** An identity number with a Hunan birthplace, the given birth date and a valid check character. */
    IdentityNumber identityNumber(LocalDate birthDate) {
        String first17 = pick(BIRTHPLACES) + String.format(java.util.Locale.ROOT, "%04d%02d%02d%03d", birthDate.getYear(),
                birthDate.getMonthValue(), birthDate.getDayOfMonth(), random.nextInt(1000));
        return IdentityNumber.withCheckCharacter(first17);
    }

    /**
     * A credit code: registration authority and category, the county's division code, an organization code of
     * nine characters from the GB 32100 set, and the check character.
     */
    CreditCode creditCode(String authorityAndCategory, String division) {
        StringBuilder sb = new StringBuilder(17).append(authorityAndCategory).append(division);
        if (authorityAndCategory.startsWith("9")) {
            sb.append("MA4");
        }
        while (sb.length() < 17) {
            sb.append(CreditCode.CHARSET.charAt(random.nextInt(CreditCode.CHARSET.length())));
        }
        return CreditCode.withCheckCharacter(sb);
    }
}
