package org.dangjian.core.decision;

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
    private final Rule rule;
    private final String messageKey;
    private final Map<String, String> arguments;
    private final Map<String, String> parameters;

    private Reason(Rule rule, String messageKey, Map<String, String> arguments, Map<String, String> parameters) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments;
        this.parameters = parameters;
    }

    /**
     * A reason from a rule with a message key of the rule's bundle.
     *
     * @param rule the rule, not null
     * @param messageKey the message key, not null
     * @return the reason, with no arguments yet, not null
     */
    public static Reason of(Rule rule, String messageKey) {
        return new Reason(rule, messageKey, Map.of(), Map.of());
    }

    /**
     * Adds a named message argument.
     *
     * @param name the placeholder name, not null
     * @param value the value; its {@code toString()} is shown, not null
     * @return a new reason, not null
     */
    public Reason with(String name, Object value) {
        return new Reason(rule, messageKey, plus(arguments, name, String.valueOf(value)), parameters);
    }

    /**
     * Records a parameter the rule read, with its value; it is also available as a message argument.
     *
     * @param parameterName the parameter name, not null
     * @param value the value read, not null
     * @return a new reason, not null
     */
    public Reason read(String parameterName, Object value) {
        return new Reason(rule, messageKey, arguments, plus(parameters, parameterName, String.valueOf(value)));
    }

    private static Map<String, String> plus(Map<String, String> m, String k, String v) {
        Map<String, String> copy = new LinkedHashMap<>(m);
        copy.put(Objects.requireNonNull(k), v);
        return Collections.unmodifiableMap(copy);
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
        return arguments;
    }

    /** @return the parameters read with their values, in order, not null */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Renders the message.
     *
     * @param language the language, not null
     * @return the message, not null
     */
    public String render(Language language) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putAll(arguments);
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
                && arguments.equals(r.arguments) && parameters.equals(r.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule.id(), messageKey, arguments, parameters);
    }

    /** @return the rule id and the Chinese message */
    @Override
    public String toString() {
        return rule.id() + " " + render(Language.ZH);
    }
}
