package org.dangjian.coverage.formation;

/**
 * The seeds' recommendations for social organizations.
 */
public enum SocialRecommendation {
    /** 党建入章: party building written into the charter. */
    CHARTER_CLAUSE("党建工作写入章程"),
    /** 负责人政治把关. */
    POLITICAL_REVIEW("负责人人选政治把关"),
    /** 书记与负责人“一肩挑”. */
    SECRETARY_ALSO_HEAD("书记与负责人“一肩挑”"),
    /** 脱钩后调整党组织隶属关系. */
    REHOME_AFFILIATION("调整党组织隶属关系");

    private final String label;

    SocialRecommendation(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
