package org.dangjian.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.dangjian.core.validation.InvalidInputException;

/**
 * Generates hostile JSON documents from a valid one: a field removed, a value of the wrong type, an unknown field,
 * a huge number, deep nesting, a very long string, a malformed code, a truncated document. Every public JSON entry
 * point must answer each with a value or one {@link InvalidInputException}, never another exception.
 *
 * <pre>{@code
 * @Property(tries = 2000)
 * void organizationReaderOnlyEverRejectsWithViolations(@ForAll("hostile") String json) {
 *     HostileJson.assertValueOrInvalidInput(() -> DangjianJson.read(json, NewOrganization.class));
 * }
 * @Provide Arbitrary<String> hostile() { return HostileJson.documents(validJson); }
 * }</pre>
 */
public final class HostileJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private HostileJson() {}

    /**
     * Hostile variants of a valid document.
     *
     * @param validJson a valid document, not null
     * @return the variants, each made by one to three mutations, not null
     */
    public static Arbitrary<String> documents(String validJson) {
        JsonNode valid = parse(validJson);
        return Arbitraries.longs().map(seed -> mutate(valid, new Random(seed)));
    }

    /**
     * Asserts that a reader returns a value or throws {@link InvalidInputException} with at least one violation.
     *
     * @param read the read, not null
     */
    public static void assertValueOrInvalidInput(Supplier<?> read) {
        try {
            Object value = read.get();
            if (value == null) {
                fail("a reader returned null instead of a value or an InvalidInputException");
            }
        } catch (InvalidInputException e) {
            if (e.violations().isEmpty()) {
                fail("an InvalidInputException without violations");
            }
        } catch (RuntimeException | StackOverflowError e) {
            fail("a reader threw " + e + " instead of an InvalidInputException", e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the seed document must be valid JSON", e);
        }
    }

    static String mutate(JsonNode valid, Random random) {
        JsonNode doc = valid.deepCopy();
        int kind = random.nextInt(12);
        if (kind == 0) {
            String s = doc.toString();
            return s.substring(0, random.nextInt(Math.max(1, s.length())));
        }
        if (kind == 1) {
            return List.of("", "null", "[]", "{}", "\"x\"", "42", "{\"a\":", "{{}}").get(random.nextInt(8));
        }
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            doc = mutateOnce(doc, random);
        }
        return doc.toString();
    }

    private static JsonNode mutateOnce(JsonNode doc, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, containers);
        if (containers.isEmpty()) {
            return hostileValue(random);
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            int action = random.nextInt(4);
            if (action == 0 || names.isEmpty()) {
                o.set("unexpected" + random.nextInt(100), hostileValue(random));
            } else if (action == 1) {
                o.remove(names.get(random.nextInt(names.size())));
            } else {
                o.set(names.get(random.nextInt(names.size())), hostileValue(random));
            }
        } else if (target instanceof ArrayNode a) {
            if (a.size() > 0 && random.nextBoolean()) {
                a.set(random.nextInt(a.size()), hostileValue(random));
            } else {
                a.add(hostileValue(random));
            }
        }
        return doc;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            Iterator<JsonNode> it = n.elements();
            while (it.hasNext()) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode hostileValue(Random random) {
        switch (random.nextInt(14)) {
            case 0:
                return F.nullNode();
            case 1:
                return F.numberNode(random.nextInt());
            case 2:
                return F.numberNode(new java.math.BigDecimal("1e400"));
            case 3:
                return F.numberNode(new java.math.BigInteger("9".repeat(39)));
            case 4:
                return F.numberNode(-1);
            case 5:
                return F.textNode("x".repeat(1 + random.nextInt(5000)));
            case 6:
                return F.textNode("张".repeat(1_100_000));
            case 7: {
                JsonNode n = F.numberNode(1);
                for (int i = 0; i < 40 + random.nextInt(200); i++) {
                    n = F.arrayNode().add(n);
                }
                return n;
            }
            case 8:
                return F.booleanNode(random.nextBoolean());
            case 9:
                return F.objectNode().put("unexpected", "value");
            case 10:
                return F.textNode("91350100M000100Y4" + (char) ('0' + random.nextInt(10)));
            case 11:
                return F.textNode("11010519491231002" + (char) ('0' + random.nextInt(10)));
            case 12:
                return F.textNode(String.valueOf(random.nextInt(1_000_000)));
            default:
                return F.textNode("");
        }
    }
}
