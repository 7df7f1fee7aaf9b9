package org.dangjian.examples.county;

/**
 * The kinds of organizational-life meetings the sample county records (“三会一课”, theme day, life meeting).
 */
public enum MeetingKind {
    /** 支部党员大会, generally each quarter. */
    GENERAL_MEETING("支部党员大会"),
    /** 支部委员会会议, generally each month, only where there is a committee. */
    COMMITTEE_MEETING("支部委员会会议"),
    /** 党小组会, generally each month, only where there are groups. */
    GROUP_MEETING("党小组会"),
    /** 党课. */
    PARTY_LECTURE("党课"),
    /** 主题党日, monthly. */
    THEME_DAY("主题党日"),
    /** 组织生活会, at least once a year. */
    LIFE_MEETING("组织生活会"),
    /** 民主评议党员, once a year. */
    DEMOCRATIC_APPRAISAL("民主评议党员");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
