package org.dangjian.core.decision;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;
import org.dangjian.core.rule.Citation;
import org.dangjian.core.rule.Rule;

/**
 * Why a decision came out as it did: the rule (with its citation), the parameters it read with their
 * values, and a message that renders in Chinese and English.
 *
 * <pre>{@code
 * Reason.of(DUES_EMPLOYED, "dues.band")
 *       .with("base", base).with("rate", rate)
 *       .read("membership.dues.employedBands", bands);
 * reason.render(Language.ZH);   // 月工资收入6800.00元，适用5000元以上至10000元（含）档，按1.5%交纳
 * }</pre>
 *
 * <p>A reason may also say why a rule did <em>not</em> apply (“needs 1 more full member”). Arguments are
 * stored as display strings; a personal value must be masked before it is added. This class is immutable
 * and thread-safe: {@code with} and {@code read} return new reasons.
 */
public final class Reason {
    private static final String[] NONE = new String[0];

    private final Rule rule;
    private final String messageKey;
    // Small parallel arrays rather than maps: a reason is built by a few with/read calls on hot paths, and copying
    // an array of two to five strings is far cheaper than copying a LinkedHashMap. Maps are built on demand.
    private final String[] argumentNames;
    private final String[] argumentValues;
    private final String[] parameterNames;
    private final String[] parameterValues;

    private Reason(Rule rule, String messageKey, String[] argumentNames, String[] argumentValues,
            String[] parameterNames, String[] parameterValues) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.argumentNames = argumentNames;
        this.argumentValues = argumentValues;
        this.parameterNames = parameterNames;
        this.parameterValues = parameterValues;
    }

    /**
     * A reason from a rule with a message key of the rule's bundle.
     *
     * @param rule the rule, not null
     * @param messageKey the message key, not null
     * @return the reason, with no arguments yet, not null
     */
    public static Reason of(Rule rule, String messageKey) {
        return new Reason(rule, messageKey, NONE, NONE, NONE, NONE);
    }

    /**
     * Adds a named message argument; a second value for the same name replaces the first.
     *
     * @param name the placeholder name, not null
     * @param value the value; its {@code toString()} is shown, not null
     * @return a new reason, not null
     */
    public Reason with(String name, Object value) {
        String[][] next = put(argumentNames, argumentValues, Objects.requireNonNull(name, "name"), String.valueOf(value));
        return new Reason(rule, messageKey, next[0], next[1], parameterNames, parameterValues);
    }

    /**
     * Records a parameter the rule read, with its value; it is also available as a message argument.
     *
     * @param parameterName the parameter name, not null
     * @param value the value read, not null
     * @return a new reason, not null
     */
    public Reason read(String parameterName, Object value) {
        String[][] next = put(parameterNames, parameterValues, Objects.requireNonNull(parameterName, "parameterName"),
                String.valueOf(value));
        return new Reason(rule, messageKey, argumentNames, argumentValues, next[0], next[1]);
    }

    private static String[][] put(String[] names, String[] values, String name, String value) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                String[] v = values.clone();
                v[i] = value;
                return new String[][] {names, v};
            }
        }
        String[] n = Arrays.copyOf(names, names.length + 1);
        String[] v = Arrays.copyOf(values, values.length + 1);
        n[names.length] = name;
        v[values.length] = value;
        return new String[][] {n, v};
    }

    private static Map<String, String> map(String[] names, String[] values) {
        if (names.length == 0) {
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** @return the rule, not null */
    public Rule rule() {
        return rule;
    }

    /** @return the rule id, such as {@code MEM-DUES-001}, not null */
    public String ruleId() {
        return rule.id();
    }

    /** @return the rule's citation, not null */
    public Citation citation() {
        return rule.citation();
    }

    /** @return the message key in the rule's bundle, not null */
    public String messageKey() {
        return messageKey;
    }

    /** @return the message arguments in order, as display strings, not null */
    public Map<String, String> arguments() {
        return map(argumentNames, argumentValues);
    }

    /** @return the parameters read with their values, in order, not null */
    public Map<String, String> parameters() {
        return map(parameterNames, parameterValues);
    }

    /**
     * Renders the message.
     *
     * @param language the language, not null
     * @return the message, not null
     */
    public String render(Language language) {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < parameterNames.length; i++) {
            all.put(parameterNames[i], parameterValues[i]);
        }
        for (int i = 0; i < argumentNames.length; i++) {
            all.put(argumentNames[i], argumentValues[i]);
        }
        return Messages.render(rule.bundle(), messageKey, all, language);
    }

    /**
     * Renders the message with its rule id and citation, as shown to an official.
     *
     * @param language the language, not null
     * @return such as {@code MEM-DUES-001 …（《…》第二条）}, not null
     */
    public String explain(Language language) {
        return rule.id() + " " + render(language) + (language == Language.ZH ? "（依据：" : " (source: ")
                + rule.citation() + (language == Language.ZH ? "）" : ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason r && rule.id().equals(r.rule.id()) && messageKey.equals(r.messageKey)
                && arguments().equals(r.arguments()) && parameters().equals(r.parameters());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule.id(), messageKey, arguments(), parameters());
    }

    /** @return the rule id and the Chinese message */
    @Override
    public String toString() {
        return rule.id() + " " + render(Language.ZH);
    }
}
