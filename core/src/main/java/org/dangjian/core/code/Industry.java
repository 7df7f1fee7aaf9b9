package org.dangjian.core.code;

import org.dangjian.core.validation.InvalidInputException;

/**
 * A section of the national industrial classification (国民经济行业分类, GB/T 4754-2017), A to T.
 *
 * <p>{@link #ofDivision(String)} maps a two-digit division code to its section ({@code "39"} → {@link #C}).
 */
public enum Industry {
    /** 农、林、牧、渔业 (divisions 01–05). */
    A("农、林、牧、渔业", 1, 5),
    /** 采矿业 (06–12). */
    B("采矿业", 6, 12),
    /** 制造业 (13–43). */
    C("制造业", 13, 43),
    /** 电力、热力、燃气及水生产和供应业 (44–46). */
    D("电力、热力、燃气及水生产和供应业", 44, 46),
    /** 建筑业 (47–50). */
    E("建筑业", 47, 50),
    /** 批发和零售业 (51–52). */
    F("批发和零售业", 51, 52),
    /** 交通运输、仓储和邮政业 (53–60). */
    G("交通运输、仓储和邮政业", 53, 60),
    /** 住宿和餐饮业 (61–62). */
    H("住宿和餐饮业", 61, 62),
    /** 信息传输、软件和信息技术服务业 (63–65). */
    I("信息传输、软件和信息技术服务业", 63, 65),
    /** 金融业 (66–69). */
    J("金融业", 66, 69),
    /** 房地产业 (70). */
    K("房地产业", 70, 70),
    /** 租赁和商务服务业 (71–72). */
    L("租赁和商务服务业", 71, 72),
    /** 科学研究和技术服务业 (73–75). */
    M("科学研究和技术服务业", 73, 75),
    /** 水利、环境和公共设施管理业 (76–79). */
    N("水利、环境和公共设施管理业", 76, 79),
    /** 居民服务、修理和其他服务业 (80–82). */
    O("居民服务、修理和其他服务业", 80, 82),
    /** 教育 (83). */
    P("教育", 83, 83),
    /** 卫生和社会工作 (84–85). */
    Q("卫生和社会工作", 84, 85),
    /** 文化、体育和娱乐业 (86–90). */
    R("文化、体育和娱乐业", 86, 90),
    /** 公共管理、社会保障和社会组织 (91–96). */
    S("公共管理、社会保障和社会组织", 91, 96),
    /** 国际组织 (97). */
    T("国际组织", 97, 97);

    private final String label;
    private final int firstDivision;
    private final int lastDivision;

    Industry(String label, int firstDivision, int lastDivision) {
        this.label = label;
        this.firstDivision = firstDivision;
        this.lastDivision = lastDivision;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the section letter, such as {@code C}, not null */
    public String code() {
        return name();
    }

    /**
     * Parses a section letter.
     *
     * @param text one letter A–T, not null
     * @return the section, not null
     * @throws InvalidInputException when not a section letter
     */
    public static Industry parse(CharSequence text) {
        String s = text.toString();
        if (s.length() == 1 && s.charAt(0) >= 'A' && s.charAt(0) <= 'T') {
            return valueOf(s);
        }
        throw InvalidInputException.of("", "an industry section is one letter A-T (GB/T 4754-2017)", s);
    }

    /**
     * The section of a two-digit division code.
     *
     * @param division two digits 01–97, not null
     * @return the section, not null
     * @throws InvalidInputException when no section holds the division
     */
    public static Industry ofDivision(String division) {
        if (division.length() == 2 && Character.isDigit(division.charAt(0)) && Character.isDigit(division.charAt(1))) {
            int d = Integer.parseInt(division);
            for (Industry i : values()) {
                if (d >= i.firstDivision && d <= i.lastDivision) {
                    return i;
                }
            }
        }
        throw InvalidInputException.of("", "not a GB/T 4754-2017 division (01-97)", division);
    }
}
