package kiku.web;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** Which of Kiku's two languages a request gets: Japanese unless English is asked for. */
public final class Lang {

    public static final String COOKIE = "kiku-lang";
    public static final Locale JA = Locale.JAPANESE;
    public static final Locale EN = Locale.ENGLISH;

    private Lang() {}

    /** The language of an API request: its Accept-Language header. */
    public static Locale ofApi(HttpHeaders headers) {
        return fromAcceptLanguage(headers);
    }

    /** The language of a page: the remembered choice, else the browser's. */
    public static Locale ofPage(HttpHeaders headers) {
        Cookie chosen = headers.getCookies().get(COOKIE);
        if (chosen != null && supported(chosen.getValue()) != null) {
            return supported(chosen.getValue());
        }
        return fromAcceptLanguage(headers);
    }

    /** The supported locale named by a tag such as "en" or "ja-JP", or null. */
    public static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return switch (language) {
            case "ja" -> JA;
            case "en" -> EN;
            default -> null;
        };
    }

    private static Locale fromAcceptLanguage(HttpHeaders headers) {
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            // "en;q=2" and the like: the framework refuses to read the header. The answer (often an error
            // answer already) is still owed; it comes in the default language.
            return JA;
        }
        for (Locale locale : acceptable) {
            Locale match = supported(locale.toLanguageTag());
            if (match != null) {
                return match;
            }
        }
        return JA;
    }
}
