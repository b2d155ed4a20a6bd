package kiku.csvimport;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;
import kiku.csvimport.engine.RowError;
import kiku.web.Bundles;
import kiku.web.Lang;

/** {@code {e.text}} in a template: a row error in the page's language, its column named in that language too. */
@TemplateExtension
public final class ImportTexts {

    private ImportTexts() {}

    static String text(RowError e, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ImportMsg msg = Bundles.of(ImportMsg.class, locale instanceof Locale l ? l : Lang.JA);
        String column = e.column() == null ? "" : msg.column(e.column());
        return msg.error(e.error(), column, e.value() == null ? "" : e.value());
    }
}
