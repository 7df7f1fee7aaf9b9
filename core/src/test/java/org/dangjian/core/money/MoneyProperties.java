package org.dangjian.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.dangjian.core.testing.CoreArbitraries;

class MoneyProperties {

    @Property
    void parsesWhatToStringWrites(@ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long fen) {
        Money m = Money.ofFen(fen);
        assertEquals(m, Money.parse(m.toString()));
    }

    @Property
    void additionIsExact(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        assertEquals(Money.ofFen(a).toBigDecimal().add(Money.ofFen(b).toBigDecimal()),
                Money.ofFen(a).plus(Money.ofFen(b)).toBigDecimal());
        assertEquals(Money.ofFen(a), Money.ofFen(a).plus(Money.ofFen(b)).minus(Money.ofFen(b)));
    }

    @Property
    void percentageRoundsLikeBigDecimal(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long fen,
            @ForAll("rates") Rate rate, @ForAll("modes") RoundingMode mode) {
        BigDecimal expected = BigDecimal.valueOf(fen, 2)
                .multiply(BigDecimal.valueOf(rate.millionths(), 6))
                .setScale(2, mode);
        assertEquals(expected, Money.ofFen(fen).times(rate, mode).toBigDecimal());
    }

    @Property
    void ratesParseWhatToStringWrites(@ForAll("rates") Rate rate) {
        assertEquals(rate, Rate.parse(rate.toString()));
    }

    @Property
    void fractionsParseWhatToStringWrites(@ForAll @LongRange(max = 1_000_000) long n,
            @ForAll @LongRange(min = 1, max = 1_000_000) long d) {
        Fraction f = Fraction.of(n, d);
        assertEquals(f, Fraction.parse(f.toString()));
    }

    @Provide
    Arbitrary<Rate> rates() {
        return CoreArbitraries.rates();
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return net.jqwik.api.Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
                RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
    }
}
