package org.dangjian.training.duty;

/**
 * A training duty a person may owe.
 */
public enum Duty {
    /** Yearly class hours (32 for members, 56 for secretaries and committee members). */
    ANNUAL_HOURS("年度学时"),
    /** A county-level or higher centralised training a year (secretaries and committee members). */
    COUNTY_TRAINING("县级以上集中培训"),
    /** Rotation training once a year. */
    ROTATION("年度轮训"),
    /** Onboarding training after appointment as secretary. */
    ONBOARDING("任职培训"),
    /** Centralised training of a new member (probation and the year after conversion). */
    NEW_MEMBER_TRAINING("新党员集中培训");

    private final String label;

    Duty(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
