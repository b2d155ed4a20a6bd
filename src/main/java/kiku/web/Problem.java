package kiku.web;

import java.util.List;

/**
 * A refusal the caller can act on. It becomes {@code application/problem+json} on the API and a
 * message on the pages. Texts are message keys with arguments (see {@link Texts}), so
 * they follow the caller's language.
 */
public class Problem extends RuntimeException {

    /** One invalid field: a message key and its arguments, or a finished message. */
    public record FieldError(String field, String messageKey, Object... args) {}

    private final int status;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldError> fieldErrors;

    public Problem(int status, String messageKey, List<FieldError> fieldErrors, Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static Problem badRequest(String messageKey, Object... args) {
        return new Problem(400, messageKey, List.of(), args);
    }

    /** A 400 that names the offending field. */
    public static Problem invalid(String field, String messageKey, Object... args) {
        return new Problem(400, "error.validation", List.of(new FieldError(field, messageKey, args)));
    }

    /** A 400 for a field that names an entity that does not exist. */
    public static Problem unknownReference(String field, String what, Object id) {
        return invalid(field, "error.unknownReference", new Texts.Key("entity." + what), id);
    }

    public static Problem notFound(String what, Object id) {
        return new Problem(404, "error.notFound", List.of(), new Texts.Key("entity." + what), id);
    }

    public static Problem conflict(String messageKey, Object... args) {
        return new Problem(409, messageKey, List.of(), args);
    }

    public static Problem unprocessable(String messageKey, Object... args) {
        return new Problem(422, messageKey, List.of(), args);
    }

    /** A stale version: someone else saved first. */
    public boolean isStale() {
        return "error.stale".equals(messageKey);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
