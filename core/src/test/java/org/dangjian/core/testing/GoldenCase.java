package org.dangjian.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.json.DangjianJson;

/**
 * One golden case: a reviewer reads it next to the regulation it pins.
 *
 * <pre>{@code
 * { "id": "dues-employed-5100", "rules": ["MEM-DUES-001"], "citation": "党费规定 第二条",
 *   "asOf": "2026-03-01", "jurisdiction": "430102",
 *   "facts": { "category": "EMPLOYED", "base": "5100.00" },
 *   "expected": { "outcome": "DETERMINED", "value": "76.50", "reasonIds": ["MEM-DUES-001"] } }
 * }</pre>
 *
 * <p>{@code jurisdiction} is optional (the national baseline then applies); {@code expected.value} is the
 * decision value's {@code toString()}, or absent when the decision carries none.
 */
public final class GoldenCase {
    private final String file;
    private final JsonNode node;

    GoldenCase(String file, JsonNode node) {
        this.file = file;
        this.node = node;
    }

    /** @return the case id, not null */
    public String id() {
        return node.path("id").asText();
    }

    /** @return the resource it was read from, not null */
    public String file() {
        return file;
    }

    /** @return the rule ids the case pins, not null */
    public List<String> rules() {
        return GoldenCases.strings(node.path("rules"));
    }

    /** @return the citation as written, not null */
    public String citation() {
        return node.path("citation").asText();
    }

    /** @return the as-of date, not null */
    public LocalDate asOf() {
        return LocalDate.parse(node.path("asOf").asText());
    }

    /** @return the jurisdiction, if the case names one, not null */
    public Optional<Jurisdiction> jurisdiction() {
        JsonNode j = node.get("jurisdiction");
        return j == null || j.isNull() ? Optional.empty() : Optional.of(Jurisdiction.of(j.asText()));
    }

    /** @return the facts as a JSON tree, not null */
    public JsonNode facts() {
        return node.path("facts");
    }

    /**
     * Reads the facts as a value type, with the SDK's JSON rules.
     *
     * @param <T> the type
     * @param type the type, not null
     * @return the facts, not null
     */
    public <T> T facts(Class<T> type) {
        return DangjianJson.read(facts().toString(), type);
    }

    /**
     * Reads one field of the facts as a value type.
     *
     * @param <T> the type
     * @param field the field, not null
     * @param type the type, not null
     * @return the value, not null
     */
    public <T> T fact(String field, Class<T> type) {
        return DangjianJson.read(facts().path(field).toString(), type);
    }

    /** @return the expected part, not null */
    public JsonNode expected() {
        return node.path("expected");
    }

    @Override
    public String toString() {
        return id() + " " + rules() + " (" + citation() + ")";
    }
}
