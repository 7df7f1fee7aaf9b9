package org.dangjian.examples.county;

import java.time.LocalDate;
import java.time.YearMonth;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.PersonName;
import org.dangjian.core.money.Money;

/**
 * A Party member of the sample county: who, where they work, how their dues are based, and which months of the
 * report year they paid.
 *
 * @param id the member's id, such as {@code 430102-P-000001-M03}, not null
 * @param name the name (masked in {@code toString}), not null
 * @param identityNumber the identity number (masked in {@code toString}), not null
 * @param partyOrganizationId the Party organization the member belongs to, not null
 * @param workplace the unit the member works in, not null
 * @param category the dues category, not null
 * @param monthlyBase the monthly dues base (income after tax, pension, or quarter average), not null
 * @param probationary whether the member is probationary
 * @param admittedOn the date of the admission meeting, not null
 * @param secretary whether the member is the organization's secretary
 * @param paidMonths bit {@code m-1} set when month {@code m} of the report year was paid
 */
public record SampleMember(String id, PersonName name, IdentityNumber identityNumber, String partyOrganizationId,
        CreditCode workplace, MemberCategory category, Money monthlyBase, boolean probationary, LocalDate admittedOn,
        boolean secretary, int paidMonths) {

    /**
     * Whether a month was paid.
     *
     * @param month a month of the report year, not null
     * @param year the report year
     * @return whether it was paid
     */
    public boolean paid(YearMonth month, int year) {
        return month.getYear() == year && (paidMonths & (1 << (month.getMonthValue() - 1))) != 0;
    }
}
