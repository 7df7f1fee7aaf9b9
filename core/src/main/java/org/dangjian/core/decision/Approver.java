package org.dangjian.core.decision;

/**
 * The body whose approval a {@link Outcome#REQUIRES_APPROVAL} decision needs.
 */
public enum Approver {
    /** 支部党员大会. */
    BRANCH_GENERAL_MEETING("支部党员大会"),
    /** 支部委员会. */
    BRANCH_COMMITTEE("支部委员会"),
    /** 党支部. */
    BRANCH("党支部"),
    /** 上级党组织. */
    HIGHER_PARTY_ORGANIZATION("上级党组织"),
    /** 上一级党委 / 基层党委. */
    HIGHER_PARTY_COMMITTEE("上级党委"),
    /** 县级党委组织部. */
    COUNTY_ORGANIZATION_DEPARTMENT("县级党委组织部"),
    /** 县级以上“两新”工委. */
    NEW_ORGANIZATIONS_WORK_COMMITTEE("“两新”工委");

    private final String label;

    Approver(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
