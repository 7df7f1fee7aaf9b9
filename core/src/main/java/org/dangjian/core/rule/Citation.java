package org.dangjian.core.rule;

import java.util.Objects;

/**
 * Where a rule comes from: a source document, the article or clause, and how firmly it is sourced,
 * such as 《中国共产党支部工作条例（试行）》第四条 (grade A).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Citation {
    private final Source source;
    private final String article;
    private final Grade grade;

    private Citation(Source source, String article, Grade grade) {
        this.source = Objects.requireNonNull(source, "source");
        this.article = Objects.requireNonNull(article, "article");
        this.grade = Objects.requireNonNull(grade, "grade");
        if (article.isBlank()) {
            throw new IllegalArgumentException("article must not be blank; cite the article, chapter or clause");
        }
    }

    /**
     * A citation.
     *
     * @param source the document, not null
     * @param article the article, chapter or clause, such as {@code 第四条}, not null, not blank
     * @param grade how firmly it is sourced, not null
     * @return the citation, not null
     */
    public static Citation of(Source source, String article, Grade grade) {
        return new Citation(source, article, grade);
    }

    /** @return the source document, not null */
    public Source source() {
        return source;
    }

    /** @return the article or clause, not null */
    public String article() {
        return article;
    }

    /** @return the grade of the source, not null */
    public Grade grade() {
        return grade;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && source.equals(c.source) && article.equals(c.article) && grade == c.grade;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, article, grade);
    }

    /** @return 《title》（number）article */
    @Override
    public String toString() {
        return source + article;
    }
}
