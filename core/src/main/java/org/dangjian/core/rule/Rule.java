package org.dangjian.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of the catalog: a stable id such as {@code MEM-DUES-001}, a Chinese and an English title, the
 * article it comes from, the parameters it reads, and the message bundle its reasons render from.
 *
 * <p>Rule ids are API: never reuse or renumber one. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * static final Rule DUES_EMPLOYED = Rule.builder("MEM-DUES-001")
 *         .titles("在职党员按月工资收入分档交纳党费", "Employed members pay dues by income band")
 *         .citation(Citation.of(Sources.DUES_REGULATIONS, "第二条", Grade.A))
 *         .parameters("membership.dues.employedBands")
 *         .bundle("org.dangjian.membership.Messages")
 *         .build();
 * }</pre>
 */
public final class Rule {
    private static final Pattern ID = Pattern.compile("[A-Z]{2,5}-[A-Z]{2,8}-\\d{3}");

    private final String id;
    private final String titleZh;
    private final String titleEn;
    private final Citation citation;
    private final List<String> parameters;
    private final String bundle;

    private Rule(Builder b) {
        this.id = b.id;
        this.titleZh = requireText(b.titleZh, "titleZh of " + b.id);
        this.titleEn = requireText(b.titleEn, "titleEn of " + b.id);
        this.citation = Objects.requireNonNull(b.citation, () -> "citation of " + b.id);
        this.parameters = List.copyOf(b.parameters);
        this.bundle = requireText(b.bundle, "bundle of " + b.id);
    }

    /**
     * Starts a rule.
     *
     * @param id the stable id, three parts: module, family, number, such as {@code COV-FORM-001}, not null
     * @return a builder, not null
     * @throws IllegalArgumentException when the id is not of the form {@code AAA-BBBB-000}
     */
    public static Builder builder(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a rule id is three parts such as COV-FORM-001, got: " + id);
        }
        return new Builder(id);
    }

    /** @return the stable id, not null */
    public String id() {
        return id;
    }

    /** @return the Chinese title, not null */
    public String titleZh() {
        return titleZh;
    }

    /** @return the English title, not null */
    public String titleEn() {
        return titleEn;
    }

    /** @return where the rule comes from, not null */
    public Citation citation() {
        return citation;
    }

    /** @return the names of the parameters the rule reads, not null */
    public List<String> parameters() {
        return parameters;
    }

    /** @return the base name of the resource bundle its reasons render from, not null */
    public String bundle() {
        return bundle;
    }

    /** @return the module part of the id, such as {@code MEM}, not null */
    public String modulePrefix() {
        return id.substring(0, id.indexOf('-'));
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rule r && id.equals(r.id) && titleZh.equals(r.titleZh) && titleEn.equals(r.titleEn)
                && citation.equals(r.citation) && parameters.equals(r.parameters) && bundle.equals(r.bundle);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** @return {@code id titleZh} */
    @Override
    public String toString() {
        return id + " " + titleZh;
    }

    /** Builds a {@link Rule}; every part but the parameters is required. */
    public static final class Builder {
        private final String id;
        private String titleZh;
        private String titleEn;
        private Citation citation;
        private List<String> parameters = List.of();
        private String bundle;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets both titles.
         *
         * @param zh the Chinese title, not null
         * @param en the English title, not null
         * @return this builder, not null
         */
        public Builder titles(String zh, String en) {
            this.titleZh = zh;
            this.titleEn = en;
            return this;
        }

        /**
         * Sets the citation.
         *
         * @param citation where the rule comes from, not null
         * @return this builder, not null
         */
        public Builder citation(Citation citation) {
            this.citation = citation;
            return this;
        }

        /**
         * Cites an article of a source.
         *
         * @param source the document, not null
         * @param article the article or clause, not null
         * @param grade how firmly it is sourced, not null
         * @return this builder, not null
         */
        public Builder cites(Source source, String article, Grade grade) {
            return citation(Citation.of(source, article, grade));
        }

        /**
         * Names the parameters the rule reads.
         *
         * @param names parameter names, not null
         * @return this builder, not null
         */
        public Builder parameters(String... names) {
            this.parameters = List.of(names);
            return this;
        }

        /**
         * Names the resource bundle its reasons render from.
         *
         * @param baseName the bundle base name, such as {@code org.dangjian.membership.Messages}, not null
         * @return this builder, not null
         */
        public Builder bundle(String baseName) {
            this.bundle = baseName;
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule, not null
         * @throws IllegalArgumentException or NullPointerException when a required part is missing
         */
        public Rule build() {
            return new Rule(this);
        }
    }
}
