package org.sobujang.command.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.sobujang.command.web.CommandResponses;
import org.sobujang.command.web.StoreUnavailable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on commands (the IETF httpapi draft's header): a command sent again with the same key by the
 * same caller — a retry after a timeout or a lost answer — is recorded once and answered as the first time.
 * <p>
 * The whole request runs in one transaction of the event store: the key is claimed first (a concurrent retry waits
 * for it), the command's events and the command-side directory are written in the same transaction (Axon's units of
 * work join it, each in a savepoint), then the answer is stored with the key and everything commits together — so a
 * crash at any point leaves either the command and its key, or neither. Only accepted commands (2xx) keep their key;
 * a refused one rolls back and may be sent again. The same key with another request (method, path, query, content
 * type or body) is refused with 422. Imports are not covered: their work runs after the answer (and re-importing a
 * file records nothing twice).
 */
class IdempotentRequests extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The largest command body kept in memory to fingerprint it (a batch of 1,000 changes is about 200 KB). */
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    IdempotentRequests(IdempotencyKeys keys, PlatformTransactionManager transactionManager, ObjectMapper json) {
        this.keys = keys;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !METHODS.contains(request.getMethod())
               || !request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/api/v1/imports");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, "/problems/invalid-request", "Invalid request",
                    HEADER + " must be 1 to 255 visible ASCII characters");
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "about:blank", "Payload too large",
                    "A command with an " + HEADER + " may have at most " + MAX_BODY + " bytes");
            return;
        }
        String fingerprint = fingerprint(request, body);
        String name = caller.getName();
        Optional<IdempotencyKeys.Stored> earlier = keys.find(name, key);
        if (earlier.isEmpty()) {
            try {
                if (runOnce(request, response, chain, body, name, key, fingerprint)) {
                    return;
                }
            } catch (DuplicateKeyException sameKeyCommittedMeanwhile) {
                // a concurrent request with this key was accepted while this one waited for it
            } catch (TransactionException | DataAccessException e) {
                if (!StoreUnavailable.causes(e) && !(e instanceof TransactionException)) {
                    throw e;
                }
                // the commit itself failed: nothing of this request was recorded
                problem(response, HttpStatus.SERVICE_UNAVAILABLE, "/problems/unavailable", "Service unavailable",
                        "The event store could not record the command; send it again with the same " + HEADER);
                return;
            }
            earlier = keys.find(name, key);
            if (earlier.isEmpty()) {
                problem(response, HttpStatus.CONFLICT, "/problems/conflict", "Conflict",
                        "A request with this " + HEADER + " was being processed at the same time; send it again");
                return;
            }
        }
        replay(earlier.get(), fingerprint, response);
    }

    /** @return whether the request was answered here (false: the key was claimed by another request meanwhile) */
    private boolean runOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
                            String caller, String key, String fingerprint) throws IOException, ServletException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        Exception[] failure = new Exception[1];
        transactions.executeWithoutResult((TransactionStatus status) -> {
            keys.claim(caller, key, fingerprint);
            try {
                chain.doFilter(new BodyReplay(request, body), buffered);
            } catch (IOException | ServletException | RuntimeException e) {
                failure[0] = e;
                status.setRollbackOnly();
                return;
            }
            int code = buffered.getStatus();
            if (code >= 200 && code < 300) {
                keys.answer(caller, key, code, buffered.getContentType(), buffered.getContentAsByteArray(),
                            buffered.getHeader(CommandResponses.CONSISTENCY_TOKEN));
            } else {
                status.setRollbackOnly();
            }
        });
        if (failure[0] instanceof IOException io) {
            throw io;
        }
        if (failure[0] instanceof ServletException servlet) {
            throw servlet;
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        // sent only now: an answer never claims more than what committed
        buffered.copyBodyToResponse();
        return true;
    }

    private void replay(IdempotencyKeys.Stored earlier, String fingerprint, HttpServletResponse response)
            throws IOException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "/problems/idempotency-key-reused",
                    "Idempotency key reused", "IdempotencyKeyMatchesRequest: this " + HEADER + " was used for "
                                              + "another request; use a new key for a new request");
            return;
        }
        response.setStatus(earlier.status());
        response.setHeader(REPLAYED, "true");
        if (earlier.consistencyToken() != null) {
            response.setHeader(CommandResponses.CONSISTENCY_TOKEN, earlier.consistencyToken());
        }
        if (earlier.body() != null && earlier.body().length > 0) {
            response.setContentType(earlier.contentType());
            response.getOutputStream().write(earlier.body());
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {request.getMethod(), request.getRequestURI(),
                    String.valueOf(request.getQueryString()), String.valueOf(request.getContentType())}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, for the handlers to read again. */
    private static final class BodyReplay extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyReplay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
