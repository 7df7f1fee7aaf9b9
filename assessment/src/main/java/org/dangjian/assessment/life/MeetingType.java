package org.dangjian.assessment.life;

/**
 * A kind of meeting of organizational life: the “三会一课” (members' meeting, committee meeting, Party-group
 * meeting, Party lecture), the theme Party day, the organizational-life meeting, democratic appraisal and the
 * yearly heart-to-heart talks.
 */
public enum MeetingType {
    /** 支部党员大会. */
    GENERAL_MEETING("支部党员大会", "members' meeting"),
    /** 支部委员会会议. */
    COMMITTEE_MEETING("支部委员会会议", "committee meeting"),
    /** 党小组会. */
    GROUP_MEETING("党小组会", "Party-group meeting"),
    /** 党课. */
    PARTY_LECTURE("党课", "Party lecture"),
    /** 主题党日. */
    THEME_DAY("主题党日", "theme Party day"),
    /** 组织生活会. */
    LIFE_MEETING("组织生活会", "organizational-life meeting"),
    /** 民主评议党员. */
    DEMOCRATIC_APPRAISAL("民主评议党员", "democratic appraisal"),
    /** 谈心谈话 (between committee members, and with members). */
    HEART_TO_HEART_TALK("谈心谈话", "heart-to-heart talks");

    private final String label;
    private final String labelEn;

    MeetingType(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** @return the Chinese label, such as {@code 支部党员大会}, not null */
    public String label() {
        return label;
    }

    /** @return the English label, not null */
    public String labelEn() {
        return labelEn;
    }

    /** @return whether the meeting needs more than half of those expected present (支部条例 第十一条、第十二条) */
    public boolean needsQuorum() {
        return this == GENERAL_MEETING || this == COMMITTEE_MEETING;
    }
}
