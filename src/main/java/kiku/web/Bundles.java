package kiku.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** A page's message bundle in Java code (e.g. for form messages), in the page's language. */
public final class Bundles {

    private Bundles() {}

    /** The bundle interface's English texts for English, else its default (Japanese) ones. */
    public static <T> T of(Class<T> bundle, Locale locale) {
        return Lang.EN.getLanguage().equals(locale.getLanguage())
                ? MessageBundles.get(bundle, Localized.Literal.of(Lang.EN.getLanguage())) : MessageBundles.get(bundle);
    }
}
