package org.dangjian.assessment.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dangjian.assessment.scorecard.json.ScorecardJson;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScorecardJsonTest {
    static String resource(String name) throws IOException {
        try (InputStream in = ScorecardJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsACountysPublishedScorecards() throws IOException {
        List<Scorecard> cards = ScorecardJson.readAll(resource("/scorecards/county-branch-2026.json"));
        assertEquals(2, cards.size());
        Scorecard c = cards.get(0);
        assertEquals(Points.of(106), c.maxPoints());
        ScorecardInput input = ScorecardInput.builder().putMeasures("life", Points.of(90))
                .putMeasures("lectures", Points.of(4)).putMeasures("arrears", Points.of(1))
                .putMeasures("brand", Points.of(1)).build();
        // 32 + 20 + 35 + 3 = 90
        assertEquals("90/106 优秀", c.score(input).toString());
        ScorecardResult vetoed = c.score(ScorecardInput.builder().from(input).addVetoes("discipline").build());
        assertEquals("90/106 基本合格", vetoed.toString());
    }

    @Test
    void listsTheProblemsOfEveryScorecardInAList() {
        String json = "[{\"id\":\"a\",\"title\":\"甲\",\"basePoints\":10,\"indicators\":[{\"id\":\"x\",\"title\":\"x\","
                + "\"kind\":\"LINEAR\",\"maxPoints\":5,\"zeroAt\":0,\"fullAt\":1}]},"
                + "{\"id\":\"b\",\"title\":\"乙\",\"basePoints\":10,\"indicators\":[{\"id\":\"y\",\"title\":\"y\","
                + "\"kind\":\"NOPE\",\"maxPoints\":10}]}]";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScorecardJson.readAll(json));
        assertEquals(2, e.violations().size(), e.getMessage());
        assertTrue(e.violations().get(0).path().startsWith("[0]"), e.getMessage());
        assertTrue(e.violations().get(1).path().startsWith("[1].indicators[0]"), e.getMessage());
    }

    @Test
    void rejectsSomethingThatIsNotAScorecard() {
        assertThrows(InvalidInputException.class, () -> ScorecardJson.read("[1, 2]"));
        assertThrows(InvalidInputException.class, () -> ScorecardJson.read("{not json"));
        assertThrows(InvalidInputException.class, () -> ScorecardJson.read("{\"id\":\"a\",\"title\":\"甲\","
                + "\"basePoints\":10,\"indicators\":[],\"extra\":1}"));
    }
}
