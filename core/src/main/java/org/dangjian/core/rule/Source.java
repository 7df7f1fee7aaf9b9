package org.dangjian.core.rule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A regulation or document that rules cite, such as 《关于中国共产党党费收缴、使用和管理的规定》
 * (中组发〔2008〕3号, in force from 2008-04-01).
 *
 * <p>The documents of ../shared/RULES.md are constants of {@link Sources}. This class is immutable and
 * thread-safe.
 */
public final class Source {
    private final String shortName;
    private final String title;
    private final String issuingBody;
    private final String documentNumber;
    private final LocalDate effectiveDate;

    private Source(String shortName, String title, String issuingBody, String documentNumber, LocalDate effectiveDate) {
        this.shortName = requireText(shortName, "shortName");
        this.title = requireText(title, "title");
        this.issuingBody = requireText(issuingBody, "issuingBody");
        this.documentNumber = documentNumber;
        this.effectiveDate = effectiveDate;
    }

    /**
     * A source document.
     *
     * @param shortName the short name used in the catalog, such as {@code 党费规定}, not null
     * @param title the full title, not null
     * @param issuingBody who issued it, such as 中共中央组织部, not null
     * @param documentNumber the document number such as 中组发〔2008〕3号, or null when it has none
     * @param effectiveDate the date it took effect, or null when unknown
     * @return the source, not null
     */
    public static Source of(String shortName, String title, String issuingBody, String documentNumber,
            LocalDate effectiveDate) {
        return new Source(shortName, title, issuingBody, documentNumber, effectiveDate);
    }

    /** @return the short name, such as {@code 支部条例}, not null */
    public String shortName() {
        return shortName;
    }

    /** @return the full title, not null */
    public String title() {
        return title;
    }

    /** @return the issuing body, not null */
    public String issuingBody() {
        return issuingBody;
    }

    /** @return the document number, if it has one, not null */
    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    /** @return the date it took effect, if known, not null */
    public Optional<LocalDate> effectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && shortName.equals(s.shortName) && title.equals(s.title)
                && issuingBody.equals(s.issuingBody) && Objects.equals(documentNumber, s.documentNumber)
                && Objects.equals(effectiveDate, s.effectiveDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shortName, title, issuingBody, documentNumber, effectiveDate);
    }

    /** @return 《title》（number） */
    @Override
    public String toString() {
        return "《" + title + "》" + (documentNumber == null ? "" : "（" + documentNumber + "）");
    }
}
