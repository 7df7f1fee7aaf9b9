package org.dangjian.training.duty;

/**
 * The role a person holds for the year, which sets the training duties: class hours, rotation training,
 * onboarding training.
 *
 * <p>Members, probationary members, secretaries and committee members are Party members and owe class hours
 * (教育管理条例 第二十条; 培训规划); party-affairs workers and instructors owe rotation training where a local
 * profile says so (seeds 000, 004).
 */
public enum Role {
    /** 党员 (a full member without a post). */
    MEMBER("党员", true, false),
    /** 预备党员. */
    PROBATIONARY_MEMBER("预备党员", true, false),
    /** 基层党组织书记. */
    SECRETARY("党组织书记", true, true),
    /** 基层党组织委员（班子成员）. */
    COMMITTEE_MEMBER("党组织委员", true, true),
    /** 党务工作者. */
    PARTY_AFFAIRS_WORKER("党务工作者", false, false),
    /** 党建工作指导员. */
    INSTRUCTOR("党建工作指导员", false, false);

    private final String label;
    private final boolean member;
    private final boolean leader;

    Role(String label, boolean member, boolean leader) {
        this.label = label;
        this.member = member;
        this.leader = leader;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return whether the role is held by a Party member as such, so the members' class hours apply */
    public boolean isMember() {
        return member;
    }

    /** @return whether the role is a secretary or committee member (56 class hours, county-level training) */
    public boolean isLeader() {
        return leader;
    }
}
