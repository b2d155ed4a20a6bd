package kiku.csvimport;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;
import kiku.csvimport.engine.CsvDecoder;
import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.PlannedRow;
import kiku.web.Bundles;
import kiku.web.FormErrors;
import kiku.web.HtmlResponse;
import kiku.web.Problem;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Upload → preview → confirm, the same for every import page. The preview carries the decoded text
 * and the plan's signature; the confirmation plans the text again, so what is saved is what the data
 * makes of it now, and is refused when that is not what the user saw.
 */
public final class ImportFlow<S extends PlannedRow> {

    private final Importer<S> importer;
    private final Function<ImportView<S>, TemplateInstance> page;
    private final Locale locale;

    /** {@code page} renders the import page of a view (its locale is set here). */
    public ImportFlow(Importer<S> importer, Function<ImportView<S>, TemplateInstance> page, Locale locale) {
        this.importer = importer;
        this.page = page;
        this.locale = locale;
    }

    public TemplateInstance form() {
        return page.apply(ImportView.empty(null)).setLocale(locale);
    }

    public Response preview(FileUpload file) {
        byte[] bytes = read(file);
        if (bytes.length == 0) {
            String message = Bundles.of(ImportMsg.class, locale).file_required();
            return HtmlResponse.status(400, page.apply(ImportView.empty(message)).setLocale(locale));
        }
        CsvDecoder.Decoded decoded = CsvDecoder.decode(bytes);
        return show(decoded.text(), decoded.charset(), 200, null);
    }

    /** 303 to {@code done(plan)} after saving, or the preview again with the refusal. */
    public Response confirm(String csv, String charset, boolean validOnly, String signature,
                            Function<Plan<S>, String> done) {
        String text;
        try {
            text = new String(Base64.getDecoder().decode(csv == null ? "" : csv), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("error.badRequest");
        }
        try {
            return HtmlResponse.seeOther(done.apply(importer.save(text, validOnly, signature == null ? "" : signature)));
        } catch (Problem p) {
            // the data changed since the preview, or a rule only a service knows refused a line
            String message = FormErrors.of(p, locale).all().values().iterator().next();
            return show(text, charset == null ? "UTF-8" : charset, p.status(), message);
        }
    }

    /** How many records a saved plan created or changed, for the list page's message. */
    public static long changed(Plan<?> plan) {
        return plan.writable().size();
    }

    private Response show(String text, String charset, int status, String message) {
        Plan<S> plan = importer.preview(text);
        String carried = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        int shown = status == 200 && !plan.valid() ? 400 : status;
        ImportView<S> view = new ImportView<>(plan, charset, carried, plan.signature(), message);
        return HtmlResponse.status(shown, page.apply(view).setLocale(locale));
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
