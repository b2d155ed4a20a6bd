package kiku.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become answers: {@code application/problem+json} on the API,
 * a sign-in redirect or an error page on the HTML side (see {@link ErrorPages}). No class names
 * or stack traces reach a client.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(Problem e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers, uri);
        List<ProblemBody.Violation> violations = e.fieldErrors().stream()
                .map(v -> new ProblemBody.Violation(v.field(), Texts.format(locale, v.messageKey(), v.args())))
                .toList();
        String detail = violations.isEmpty()
                ? Texts.format(locale, e.messageKey(), e.args())
                : violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return answer(e.status(), detail, violations, headers, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<ProblemBody.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new ProblemBody.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return answer(400, detail, violations, headers, uri);
    }

    /**
     * Malformed JSON, a wrong type, an unknown enum value, a fraction where an integer belongs. Jackson
     * reports some wrong types while reading (a string where an array of arrays belongs) as an
     * InvalidDefinitionException; Quarkus' own mapper would make those a 500.
     */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class, JsonEOFException.class, InvalidDefinitionException.class})
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof InvalidDefinitionException definition
                && !(definition.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser)) {
            return unexpected(e, headers, uri); // writing a response failed: our bug, not the caller's
        }
        Locale locale = locale(headers, uri);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            boolean text = e instanceof InvalidFormatException f && f.getTargetType() == String.class;
            String message = Texts.format(locale, text ? PlainText.MESSAGE : "error.jsonField");
            return answer(400, field + ": " + message, List.of(new ProblemBody.Violation(field, message)), headers, uri);
        }
        return answer(400, Texts.format(locale, "error.json"), List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyLimit.TooLarge e, HttpHeaders headers, UriInfo uri) {
        return answer(413, Texts.format(locale(headers, uri), "error.tooLarge"), List.of(), headers, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        if (!isApi(uri)) {
            return e instanceof AuthenticationFailedException && ErrorPages.isLoginPost(uri)
                    ? ErrorPages.loginFailed() : ErrorPages.toLogin(uri);
        }
        Response problem = answer(401, Texts.format(Lang.ofApi(headers), "error.unauthorized"), List.of(),
                headers, uri);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Kiku\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return answer(403, Texts.format(locale(headers, uri), "error.forbidden"), List.of(), headers, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return answer(409, Texts.format(locale(headers, uri), "error.stale"), List.of(), headers, uri);
    }

    /** Routing answers of the framework: unknown path 404, wrong method 405, wrong media type 415... */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String key = switch (status) {
            case 401 -> "error.unauthorized";
            case 403 -> "error.forbidden";
            case 404 -> "error.noSuchPath";
            case 405 -> "error.method";
            case 406 -> "error.notAcceptable";
            case 413 -> "error.tooLarge";
            case 415 -> "error.mediaType";
            default -> "error.badRequest";
        };
        Response answer = answer(status, Texts.format(locale(headers, uri), key), List.of(), headers, uri);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(answer).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return answer;
    }

    private static final Pattern TOO_MANY_FIELDS = Pattern.compile("Param limit of \\d+ was exceeded");

    /** How the framework's form and multipart readers report a body they cannot decode (%zz, a cut-off upload). */
    private static final Pattern MALFORMED_BODY = Pattern.compile(
            "Failed to decode URL.*|Connection terminated parsing multipart request.*", Pattern.DOTALL);

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (said(e, TOO_MANY_FIELDS)) {
            // RESTEasy's form parser says so with a plain RuntimeException (quarkus.http.limits.max-parameters)
            return answer(413, Texts.format(locale(headers, uri), "error.tooLarge"), List.of(), headers, uri);
        }
        if (said(e, MALFORMED_BODY)) {
            return answer(400, Texts.format(locale(headers, uri), "error.badRequest"), List.of(), headers, uri);
        }
        if (refusedText(e)) {
            return answer(400, Texts.format(locale(headers, uri), PlainText.MESSAGE), List.of(), headers, uri);
        }
        if (collided(e)) {
            return answer(409, Texts.format(locale(headers, uri), "error.concurrent"), List.of(), headers, uri);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return answer(500, Texts.format(locale(headers, uri), "error.internal"), List.of(), headers, uri);
    }

    /**
     * The last line of defence for text that reached the database without passing {@link PlainText}:
     * PostgreSQL refuses NUL and invalid characters with SQL states 22021 and 22P05.
     */
    private static boolean refusedText(Throwable e) {
        return chain(e).anyMatch(t -> t instanceof SQLException sql
                && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())));
    }

    /** Whether the failure or one of its causes says what the pattern matches. */
    private static boolean said(Throwable e, Pattern message) {
        return chain(e).anyMatch(t -> t.getMessage() != null && message.matcher(t.getMessage()).matches());
    }

    /** The failure and its causes, outermost first. */
    private static Stream<Throwable> chain(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
    }

    /**
     * Two requests at the same moment that each passed their checks: the second commit finds the row it
     * changes already changed or gone (a version bump the transaction's end reports, wrapped), or the
     * database's unique or foreign keys refuse it (two equal names, a link to a row just deleted).
     */
    static boolean collided(Throwable e) {
        return chain(e).anyMatch(t -> t instanceof OptimisticLockException || t instanceof StaleStateException
                || t instanceof SQLException sql && KEY_VIOLATIONS.contains(sql.getSQLState()));
    }

    /** Unique key (both databases), foreign key (PostgreSQL; H2: a row still referenced), H2: a parent missing. */
    private static final Set<String> KEY_VIOLATIONS = Set.of("23505", "23503", "23506");

    private static Response answer(int status, String detail, List<ProblemBody.Violation> violations,
                                   HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers, uri);
        if (!isApi(uri)) {
            return ErrorPages.page(status, detail, locale);
        }
        ProblemBody body = new ProblemBody("about:blank", Texts.format(locale, "status." + status), status,
                detail, violations.isEmpty() ? null : violations);
        return Response.status(status).type(ProblemBody.MEDIA_TYPE).entity(body).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    /** Pages follow ?lang= first, as {@link PageContext} does, so an error page matches its layout. */
    private static Locale locale(HttpHeaders headers, UriInfo uri) {
        if (isApi(uri)) {
            return Lang.ofApi(headers);
        }
        Locale chosen = Lang.supported(uri.getQueryParameters().getFirst("lang"));
        return chosen != null ? chosen : Lang.ofPage(headers);
    }

    /** The bean path of a violation without the method and parameter names (e.g. "name", "scores[0].value"). */
    public static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
