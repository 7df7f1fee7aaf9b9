package org.dangjian.core.organization;

/**
 * The two kinds of new organization (“两新”组织).
 */
public enum OrganizationKind {
    /** 非公有制经济组织: private, foreign-invested and individual businesses. */
    NON_PUBLIC_ENTERPRISE("非公有制经济组织"),
    /** 社会组织: social groups, social service agencies, foundations and the special kinds. */
    SOCIAL_ORGANIZATION("社会组织");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
