package org.dangjian.core.organization;

/**
 * The sub-kinds of new organization named in the glossary, each with its {@link OrganizationKind}.
 */
public enum OrganizationSubKind {
    /** 民营企业. */
    PRIVATE_ENTERPRISE("民营企业", OrganizationKind.NON_PUBLIC_ENTERPRISE),
    /** 外商投资企业. */
    FOREIGN_INVESTED("外商投资企业", OrganizationKind.NON_PUBLIC_ENTERPRISE),
    /** 个体工商户. */
    INDIVIDUAL_BUSINESS("个体工商户", OrganizationKind.NON_PUBLIC_ENTERPRISE),
    /** 平台企业 (hosts gig-economy workers). */
    PLATFORM_ENTERPRISE("平台企业", OrganizationKind.NON_PUBLIC_ENTERPRISE),
    /** 社会团体. */
    SOCIAL_GROUP("社会团体", OrganizationKind.SOCIAL_ORGANIZATION),
    /** 民办非企业单位（社会服务机构）. */
    SOCIAL_SERVICE_AGENCY("社会服务机构", OrganizationKind.SOCIAL_ORGANIZATION),
    /** 基金会. */
    FOUNDATION("基金会", OrganizationKind.SOCIAL_ORGANIZATION),
    /** 行业协会商会. */
    TRADE_ASSOCIATION("行业协会商会", OrganizationKind.SOCIAL_ORGANIZATION),
    /** 律师事务所 (ProfessionalFirm LAW). */
    LAW_FIRM("律师事务所", OrganizationKind.SOCIAL_ORGANIZATION),
    /** 会计师事务所 (ProfessionalFirm ACCOUNTING). */
    ACCOUNTING_FIRM("会计师事务所", OrganizationKind.SOCIAL_ORGANIZATION),
    /** 税务师事务所 (ProfessionalFirm TAX). */
    TAX_FIRM("税务师事务所", OrganizationKind.SOCIAL_ORGANIZATION),
    /** 民办学校. */
    PRIVATE_SCHOOL("民办学校", OrganizationKind.SOCIAL_ORGANIZATION),
    /** 民办医院. */
    PRIVATE_HOSPITAL("民办医院", OrganizationKind.SOCIAL_ORGANIZATION);

    private final String label;
    private final OrganizationKind kind;

    OrganizationSubKind(String label, OrganizationKind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the kind it belongs to, not null */
    public OrganizationKind kind() {
        return kind;
    }

    /** @return whether it is one of “三师两民” (law, accounting, tax firms, private schools and hospitals) */
    public boolean isThreeProfessionsTwoPrivate() {
        return this == LAW_FIRM || this == ACCOUNTING_FIRM || this == TAX_FIRM || this == PRIVATE_SCHOOL
                || this == PRIVATE_HOSPITAL;
    }
}
