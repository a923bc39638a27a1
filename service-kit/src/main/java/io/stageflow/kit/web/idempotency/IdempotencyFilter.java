package io.stageflow.kit.web.idempotency;

import io.stageflow.kit.security.TenantJwtConverter;
import io.stageflow.kit.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST (IETF httpapi-idempotency-key-header): a retry of a request that
 * succeeded gets the first response again, marked {@code Idempotent-Replayed: true}, and the command
 * does not run twice. The same key with a different request is a 422; a retry while the first
 * attempt still runs is a 409. Failed attempts are not kept, so they can be retried.
 */
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    private final IdempotencyStore store;

    IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // PUT too: a PUT that would change nothing the second time answers 409, not its first answer.
        return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            ProblemResponses.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Invalid Idempotency-Key",
                    "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
            return;
        }
        if (!(SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof Jwt jwt)) {
            chain.doFilter(request, response); // unauthenticated requests were refused upstream
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        KeyedRequest keyed = new KeyedRequest(
                jwt.getClaimAsString(TenantJwtConverter.TENANT_CLAIM), key, fingerprint(request, body));
        IdempotencyStore.Claim claim = store.claim(keyed);
        switch (claim.outcome()) {
            case CLAIMED -> run(keyed, new CachedBodyRequest(request, body), response, chain);
            case REPLAY -> replay(claim.response(), response);
            case IN_PROGRESS -> ProblemResponses.write(
                    response,
                    HttpStatus.CONFLICT,
                    "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry later.");
            case MISMATCH -> ProblemResponses.write(
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request.");
        }
    }

    private void run(KeyedRequest keyed, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, captured);
            if (captured.getStatus() >= 200 && captured.getStatus() < 300) {
                store.complete(keyed, toStored(captured));
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(keyed);
            }
            captured.copyBodyToResponse();
        }
    }

    private static StoredResponse toStored(ContentCachingResponseWrapper captured) {
        Map<String, String> headers = new HashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = captured.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(
                captured.getStatus(), captured.getContentType(), captured.getContentAsByteArray(), headers);
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.getOutputStream().write(stored.body());
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(
                    (request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
