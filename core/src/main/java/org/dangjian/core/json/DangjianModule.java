package org.dangjian.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.PersonName;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.parameter.ParameterOverride;
import org.dangjian.core.parameter.ProfileAdoption;
import org.dangjian.core.rule.Citation;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleCatalog;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.dangjian.core.validation.Violations;

/**
 * The Jackson module of the SDK's value types: codes, money, rates and fractions as strings in the form their
 * {@code parse} reads; override sets; reasons and decisions with their rendered messages and citations.
 *
 * <p>Identity numbers and names are written in full: JSON is data an integrator stores, not a log line.
 */
public final class DangjianModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public DangjianModule() {
        super("DangjianModule");
        text(Money.class, Money::parse, Money::toString);
        text(Rate.class, Rate::parse, Rate::toString);
        text(Fraction.class, Fraction::parse, Fraction::toString);
        text(Jurisdiction.class, Jurisdiction::parse, Jurisdiction::toString);
        text(CreditCode.class, CreditCode::parse, CreditCode::toString);
        text(IdentityNumber.class, IdentityNumber::parse, IdentityNumber::value);
        text(PersonName.class, PersonName::of, PersonName::value);
        addSerializer(OverrideSet.class, new OverrideSetSerializer());
        addDeserializer(OverrideSet.class, new OverrideSetDeserializer());
        addSerializer(Reason.class, new ReasonSerializer());
        addDeserializer(Reason.class, new ReasonDeserializer());
        addSerializer(Rule.class, new RuleSerializer());
        addSerializer(Citation.class, new JsonSerializer<Citation>() {
            @Override
            public void serialize(Citation c, JsonGenerator g, SerializerProvider p) throws IOException {
                writeCitation(c, g);
            }
        });
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Decision<?>> decisionClass = (Class) Decision.class;
        addSerializer(decisionClass, new DecisionSerializer());
    }

    private <T> void text(Class<T> type, Function<String, T> parse, Function<T, String> format) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(format.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw InvalidInputException.of("", "expected a string for " + type.getSimpleName(), null);
                }
                return parse.apply(p.getText());
            }
        });
    }

    private static void writeCitation(Citation c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("document", c.source().title());
        g.writeStringField("shortName", c.source().shortName());
        g.writeStringField("issuingBody", c.source().issuingBody());
        if (c.source().documentNumber().isPresent()) {
            g.writeStringField("documentNumber", c.source().documentNumber().get());
        }
        if (c.source().effectiveDate().isPresent()) {
            g.writeStringField("effectiveDate", c.source().effectiveDate().get().toString());
        }
        g.writeStringField("article", c.article());
        g.writeStringField("grade", c.grade().name());
        g.writeEndObject();
    }

    private static final class RuleSerializer extends JsonSerializer<Rule> {
        @Override
        public void serialize(Rule r, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("titleZh", r.titleZh());
            g.writeStringField("titleEn", r.titleEn());
            g.writeFieldName("citation");
            writeCitation(r.citation(), g);
            g.writeArrayFieldStart("parameters");
            for (String s : r.parameters()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final class ReasonSerializer extends JsonSerializer<Reason> {
        @Override
        public void serialize(Reason r, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("ruleId", r.ruleId());
            g.writeStringField("messageKey", r.messageKey());
            g.writeObjectFieldStart("message");
            g.writeStringField("zh", r.render(Language.ZH));
            g.writeStringField("en", r.render(Language.EN));
            g.writeEndObject();
            g.writeStringField("citation", r.citation().toString());
            writeMap(g, "arguments", r.arguments());
            writeMap(g, "parameters", r.parameters());
            g.writeEndObject();
        }
    }

    private static void writeMap(JsonGenerator g, String field, Map<String, String> m) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : m.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** Reads a reason back, looking its rule up in the catalog of the class path. */
    private static final class ReasonDeserializer extends JsonDeserializer<Reason> {
        private static final Set<String> FIELDS = Set.of("ruleId", "messageKey", "message", "citation", "arguments",
                "parameters");

        @Override
        public Reason deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = p.readValueAsTree();
            Violations v = new Violations();
            requireObject(n, "", v);
            v.throwIfAny();
            unknownFields(n, FIELDS, "", v);
            String ruleId = text(n, "ruleId", "", v);
            String key = text(n, "messageKey", "", v);
            Map<String, String> arguments = stringMap(n.get("arguments"), "arguments", v);
            Map<String, String> parameters = stringMap(n.get("parameters"), "parameters", v);
            Rule rule = ruleId == null ? null : Catalog.INSTANCE.find(ruleId).orElse(null);
            if (ruleId != null && rule == null) {
                v.add(Violation.of("ruleId", "no rule with this id in the catalog of the class path", ruleId));
            }
            v.throwIfAny();
            Reason r = Reason.of(rule, key);
            for (Map.Entry<String, String> e : arguments.entrySet()) {
                r = r.with(e.getKey(), e.getValue());
            }
            for (Map.Entry<String, String> e : parameters.entrySet()) {
                r = r.read(e.getKey(), e.getValue());
            }
            v.throwIfAny();
            return r;
        }
    }

    /** The class path's catalog, discovered once on first use. */
    private static final class Catalog {
        static final RuleCatalog INSTANCE = RuleCatalog.discover();
    }

    private static final class DecisionSerializer extends JsonSerializer<Decision<?>> {
        @Override
        public void serialize(Decision<?> d, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("outcome", d.outcome().name());
            g.writeStringField("outcomeLabel", d.outcome().label());
            if (d.findValue().isPresent()) {
                g.writeFieldName("value");
                p.defaultSerializeValue(d.findValue().get(), g);
            }
            if (d.approver().isPresent()) {
                g.writeStringField("approver", d.approver().get().name());
                g.writeStringField("approverLabel", d.approver().get().label());
            }
            g.writeArrayFieldStart("reasons");
            for (Reason r : d.reasons()) {
                p.defaultSerializeValue(r, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final class OverrideSetSerializer extends JsonSerializer<OverrideSet> {
        @Override
        public void serialize(OverrideSet s, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeArrayFieldStart("adoptions");
            for (ProfileAdoption a : s.adoptions()) {
                g.writeStartObject();
                g.writeStringField("jurisdiction", a.jurisdiction().code());
                g.writeStringField("profileId", a.profileId());
                g.writeStringField("effectiveFrom", a.effectiveFrom().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("overrides");
            for (ParameterOverride o : s.overrides()) {
                g.writeStartObject();
                g.writeStringField("jurisdiction", o.jurisdiction().code());
                g.writeStringField("effectiveFrom", o.effectiveFrom().toString());
                if (o.source().isPresent()) {
                    g.writeStringField("source", o.source().get());
                }
                writeMap(g, "values", o.values());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final class OverrideSetDeserializer extends JsonDeserializer<OverrideSet> {
        private static final Set<String> TOP = Set.of("adoptions", "overrides");
        private static final Set<String> ADOPTION = Set.of("jurisdiction", "profileId", "effectiveFrom");
        private static final Set<String> OVERRIDE = Set.of("jurisdiction", "effectiveFrom", "source", "values");

        @Override
        public OverrideSet deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = p.readValueAsTree();
            Violations v = new Violations();
            requireObject(n, "", v);
            v.throwIfAny();
            unknownFields(n, TOP, "", v);
            List<ProfileAdoption> adoptions = new ArrayList<>();
            List<ParameterOverride> overrides = new ArrayList<>();
            JsonNode as = n.get("adoptions");
            if (as != null && !as.isArray()) {
                v.add(Violation.of("adoptions", "must be an array", null));
            } else if (as != null) {
                for (int i = 0; i < as.size(); i++) {
                    String path = "adoptions[" + i + "]";
                    JsonNode a = as.get(i);
                    if (!a.isObject()) {
                        v.add(Violation.of(path, "must be an object", null));
                        continue;
                    }
                    unknownFields(a, ADOPTION, path, v);
                    Jurisdiction j = parsed(a, "jurisdiction", path, v, Jurisdiction::parse);
                    String profile = text(a, "profileId", path, v);
                    LocalDate from = parsed(a, "effectiveFrom", path, v, LocalDate::parse);
                    if (j != null && profile != null && from != null) {
                        adoptions.add(ProfileAdoption.of(j, profile, from));
                    }
                }
            }
            JsonNode os = n.get("overrides");
            if (os != null && !os.isArray()) {
                v.add(Violation.of("overrides", "must be an array", null));
            } else if (os != null) {
                for (int i = 0; i < os.size(); i++) {
                    String path = "overrides[" + i + "]";
                    JsonNode o = os.get(i);
                    if (!o.isObject()) {
                        v.add(Violation.of(path, "must be an object", null));
                        continue;
                    }
                    unknownFields(o, OVERRIDE, path, v);
                    Jurisdiction j = parsed(o, "jurisdiction", path, v, Jurisdiction::parse);
                    LocalDate from = parsed(o, "effectiveFrom", path, v, LocalDate::parse);
                    JsonNode src = o.get("source");
                    if (src != null && !src.isTextual()) {
                        v.add(Violation.of(path + ".source", "must be a string", null));
                    }
                    Map<String, String> values = stringMap(o.get("values"), path + ".values", v);
                    if (j != null && from != null) {
                        ParameterOverride po = ParameterOverride.of(j, from);
                        if (src != null && src.isTextual()) {
                            po = po.withSource(src.asText());
                        }
                        for (Map.Entry<String, String> e : values.entrySet()) {
                            po = po.with(e.getKey(), e.getValue());
                        }
                        overrides.add(po);
                    }
                }
            }
            v.throwIfAny();
            return OverrideSet.of(adoptions, overrides);
        }
    }

    private static void requireObject(JsonNode n, String path, Violations v) {
        if (n == null || !n.isObject()) {
            v.add(Violation.of(path, "must be a JSON object", null));
        }
    }

    private static void unknownFields(JsonNode n, Set<String> known, String path, Violations v) {
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!known.contains(f)) {
                v.add(Violation.of(path.isEmpty() ? f : path + "." + f, "unknown field; known fields are "
                        + new java.util.TreeSet<>(known), null));
            }
        }
    }

    private static String text(JsonNode n, String field, String path, Violations v) {
        JsonNode f = n.get(field);
        String p = path.isEmpty() ? field : path + "." + field;
        if (f == null || f.isNull()) {
            v.add(Violation.of(p, "is required", null));
            return null;
        }
        if (!f.isTextual()) {
            v.add(Violation.of(p, "must be a string", null));
            return null;
        }
        return f.asText();
    }

    private static <T> T parsed(JsonNode n, String field, String path, Violations v, Function<String, T> parse) {
        String s = text(n, field, path, v);
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (InvalidInputException e) {
            v.addAll(path.isEmpty() ? field : path + "." + field, e);
        } catch (RuntimeException e) {
            v.add(Violation.of(path.isEmpty() ? field : path + "." + field, "malformed value", s));
        }
        return null;
    }

    private static Map<String, String> stringMap(JsonNode n, String path, Violations v) {
        Map<String, String> m = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return m;
        }
        if (!(n instanceof ObjectNode)) {
            v.add(Violation.of(path, "must be an object of strings", null));
            return m;
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                v.add(Violation.of(path + "." + e.getKey(), "must be a string (the value's text form, such as \"92%\")",
                        null));
            } else {
                m.put(e.getKey(), e.getValue().asText());
            }
        }
        return m;
    }
}
