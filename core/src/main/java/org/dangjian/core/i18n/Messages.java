package org.dangjian.core.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders message templates from a module's resource bundle, with named placeholders such as
 * {@code 全职党员{fullMembers}名，达到{threshold}名}.
 *
 * <p>The bundle without a locale suffix is Chinese; {@code _en} is English. Bundles are UTF-8 properties
 * files. There is no fallback to the machine's default locale: the same input renders the same text
 * everywhere.
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /**
     * Renders a message.
     *
     * @param bundle the bundle base name, not null
     * @param key the message key, not null
     * @param args the named arguments, not null
     * @param language the language, not null
     * @return the rendered text, or {@code key} followed by the arguments when the bundle has no such key,
     *     not null
     */
    public static String render(String bundle, String key, Map<String, ?> args, Language language) {
        String template;
        try {
            ResourceBundle rb = bundle(bundle, language);
            template = rb.getString(key);
        } catch (MissingResourceException e) {
            return key + args;
        }
        return fill(template, args);
    }

    /**
     * Whether a bundle has a key in a language.
     *
     * @param bundle the bundle base name, not null
     * @param key the key, not null
     * @param language the language, not null
     * @return whether the key is defined
     */
    public static boolean has(String bundle, String key, Language language) {
        try {
            return bundle(bundle, language).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static ResourceBundle bundle(String baseName, Language language) {
        Locale locale = language == Language.ZH ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * Replaces {@code {name}} placeholders with the arguments' string forms; unknown names stay as they are.
     *
     * @param template the template, not null
     * @param args the arguments, not null
     * @return the text, not null
     */
    public static String fill(String template, Map<String, ?> args) {
        StringBuilder sb = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                if (args.containsKey(name)) {
                    sb.append(args.get(name));
                    i = close + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
