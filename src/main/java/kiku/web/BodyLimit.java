package kiku.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requests may carry at most 1 MiB (hearing notes of 50,000 Japanese characters fit easily),
 * except a restore, whose backup of a whole city is larger; the HTTP layer caps that one at
 * {@code quarkus.http.limits.max-body-size}. A declared length over the limit is refused at once;
 * a body sent in chunks, whose length nobody declares, is counted as it is read.
 */
public class BodyLimit {

    public static final long MAX_BYTES = 1024 * 1024;

    private static final String COUNTED = BodyLimit.class.getName() + ".counted";

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request, HttpHeaders headers) {
        if (request.getUriInfo().getPath().equals("/api/v1/restore")) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            request.setProperty(COUNTED, Boolean.TRUE);
            return null;
        }
        try {
            if (Long.parseLong(length.strip()) <= MAX_BYTES) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        var locale = Lang.ofApi(headers);
        ProblemBody body = new ProblemBody("about:blank", Texts.format(locale, "status.413"), 413,
                Texts.format(locale, "error.tooLarge"), null);
        return Response.status(413).type(ProblemBody.MEDIA_TYPE).entity(body).header("Connection", "close").build();
    }

    /** Reads a body of undeclared length through a counter that refuses the byte after the limit. */
    @Provider
    public static class Counter implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            if (Boolean.TRUE.equals(context.getProperty(COUNTED))) {
                context.setInputStream(new Limited(context.getInputStream()));
            }
            return context.proceed();
        }
    }

    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }

    /**
     * The body went past the limit while being read: a 413 (ProblemMapper). An IOException, so that
     * Jackson passes it on as it is rather than as a bad value of the field it was reading.
     */
    public static final class TooLarge extends IOException {

        TooLarge() {
            super("request body over " + MAX_BYTES + " bytes");
        }
    }
}
