package org.dangjian.core.i18n;

import java.util.Locale;

/**
 * The languages reasons and labels render in: Chinese (the default) and English.
 */
public enum Language {
    /** 中文 (default). */
    ZH(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** @return the locale, not null */
    public Locale locale() {
        return locale;
    }
}
