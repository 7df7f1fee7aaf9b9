package org.dangjian.membership.care;

/**
 * A circumstance that puts a member on the care list.
 */
public enum CareCircumstance {
    /** 生活困难. */
    LIVING_DIFFICULTY("生活困难"),
    /** 患重大疾病. */
    SERIOUS_ILLNESS("患重大疾病"),
    /** 残疾. */
    DISABILITY("残疾"),
    /** 高龄独居. */
    ELDERLY_LIVING_ALONE("高龄独居"),
    /** 遭受灾害或家庭变故. */
    MISFORTUNE("遭受灾害或家庭变故"),
    /** 老党员、老干部等需重点走访. */
    VETERAN("老党员重点走访");

    private final String label;

    CareCircumstance(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
