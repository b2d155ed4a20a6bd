package kiku.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts produced in Java (API errors, export headers), in {@code kiku/web/texts*.properties}
 * (Japanese by default, English second). Page text lives in the Qute message bundle instead;
 * these are used from Java where no template is involved.
 */
public final class Texts {

    private static final String BUNDLE = "kiku.web.texts";

    /** An argument that is itself a message key, e.g. the name of an entity. */
    public record Key(String key) {}

    private Texts() {}

    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Key k ? format(locale, k.key()) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }
}
