package org.dangjian.assessment.scorecard.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dangjian.assessment.scorecard.GradeStep;
import org.dangjian.assessment.scorecard.Indicator;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.VetoItem;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.dangjian.core.validation.Violations;

/**
 * Reads and writes a county's {@link Scorecard} as JSON, listing every problem of every indicator, veto and
 * grade at once rather than stopping at the first.
 *
 * <pre>{@code
 * Scorecard card = ScorecardJson.read("""
 *     { "id": "county-branch", "title": "党支部考核", "basePoints": 100,
 *       "indicators": [ { "id": "life", "title": "“三会一课”落实率", "kind": "LINEAR", "maxPoints": 100,
 *                         "zeroAt": 0, "fullAt": 100 } ],
 *       "grades": [ { "minimum": 0, "grade": "不合格" }, { "minimum": 60, "grade": "合格" } ] }
 *     """);
 * }</pre>
 */
public final class ScorecardJson {
    private ScorecardJson() {}

    /**
     * Reads a scorecard.
     *
     * @param json the document, not null
     * @return the scorecard, not null
     * @throws InvalidInputException listing every problem, with paths such as {@code indicators[2].cap}
     */
    public static Scorecard read(String json) {
        JsonNode root;
        try {
            root = DangjianJson.mapper().readTree(json);
        } catch (JacksonException e) {
            throw InvalidInputException.of("", "not a JSON document: " + e.getOriginalMessage(), null);
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.of("", "a scorecard is a JSON object", null);
        }
        Violations v = new Violations();
        int bad = 0;
        bad += each(root, "indicators", Indicator.class, v);
        bad += each(root, "vetoes", VetoItem.class, v);
        bad += each(root, "grades", GradeStep.class, v);
        if (bad == 0) {
            try {
                return DangjianJson.read(json, Scorecard.class);
            } catch (InvalidInputException e) {
                v.addAll("", e);
                v.throwIfAny();
            }
        }
        // Some parts are invalid: still report the problems of the whole that do not depend on them.
        ObjectNode rest = ((ObjectNode) root).deepCopy();
        rest.set("indicators", validOnly(root.path("indicators"), Indicator.class));
        rest.set("vetoes", validOnly(root.path("vetoes"), VetoItem.class));
        rest.set("grades", validOnly(root.path("grades"), GradeStep.class));
        try {
            DangjianJson.read(rest.toString(), Scorecard.class);
        } catch (InvalidInputException e) {
            for (Violation x : e.violations()) {
                if (!x.path().equals("indicators") && !x.path().equals("floor") && !x.path().startsWith("grades")
                        && !x.path().startsWith("vetoes")) {
                    v.add(x);
                }
            }
        }
        v.throwIfAny();
        throw new IllegalStateException("unreachable: invalid parts were reported");
    }

    private static int each(JsonNode root, String field, Class<?> type, Violations v) {
        JsonNode list = root.path(field);
        if (list.isMissingNode()) {
            return 0;
        }
        if (!list.isArray()) {
            v.add(Violation.of(field, "must be a list", null));
            return 1;
        }
        int bad = 0;
        for (int i = 0; i < list.size(); i++) {
            try {
                DangjianJson.read(list.get(i).toString(), type);
            } catch (InvalidInputException e) {
                v.addAll(field + "[" + i + "]", e);
                bad++;
            }
        }
        return bad;
    }

    private static ArrayNode validOnly(JsonNode list, Class<?> type) {
        ArrayNode out = DangjianJson.mapper().createArrayNode();
        if (list.isArray()) {
            for (JsonNode n : list) {
                try {
                    DangjianJson.read(n.toString(), type);
                    out.add(n);
                } catch (InvalidInputException e) {
                    // reported already
                }
            }
        }
        return out;
    }

    /**
     * Writes a scorecard, indented; {@link #read} reads it back.
     *
     * @param scorecard the scorecard, not null
     * @return the document, not null
     */
    public static String write(Scorecard scorecard) {
        return DangjianJson.writePretty(scorecard);
    }

    /**
     * Reads several scorecards from a JSON list.
     *
     * @param json the list, not null
     * @return the scorecards, not null
     * @throws InvalidInputException listing every problem of every scorecard
     */
    public static List<Scorecard> readAll(String json) {
        JsonNode root;
        try {
            root = DangjianJson.mapper().readTree(json);
        } catch (JacksonException e) {
            throw InvalidInputException.of("", "not a JSON document: " + e.getOriginalMessage(), null);
        }
        if (root == null || !root.isArray()) {
            throw InvalidInputException.of("", "expected a list of scorecards", null);
        }
        Violations v = new Violations();
        List<Scorecard> out = new java.util.ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                out.add(read(root.get(i).toString()));
            } catch (InvalidInputException e) {
                v.addAll("[" + i + "]", e);
            }
        }
        v.throwIfAny();
        return List.copyOf(out);
    }
}
