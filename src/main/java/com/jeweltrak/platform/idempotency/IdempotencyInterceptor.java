package com.jeweltrak.platform.idempotency;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Claims the {@code Idempotency-Key} of a POST to an {@link Idempotent} operation before it runs, or answers a retry with
 * the first answer (header {@code Idempotent-Replayed: true}). Refusals (key reused: 422, still running: 409) are thrown,
 * so the API's Problem Details answer them. {@link IdempotencyFilter} buffered the body and keeps the answer.
 */
@Component
class IdempotencyInterceptor implements HandlerInterceptor {

    static final String HEADER = "Idempotency-Key";
    static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";

    private final IdempotencyKeys keys;

    IdempotencyInterceptor(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)
                || !method.hasMethodAnnotation(Idempotent.class)
                || !(request instanceof com.jeweltrak.platform.web.BodyReadOnce buffered)) {
            return true;
        }
        // the caller is part of the request: another user's retry with the key is refused, never shown this answer
        String caller = com.jeweltrak.platform.tenancy.TenantContext.current()
                .map(a -> a.user() == null ? "system" : a.user().toString()).orElse("");
        String fingerprint = IdempotencyKeys.fingerprint(request.getMethod() + " " + caller, request.getRequestURI(),
                buffered.body());
        switch (keys.claim(key, fingerprint)) {
            case IdempotencyKeys.Claimed claimed -> {
                request.setAttribute(CLAIM, claimed.id());
                return true;
            }
            case IdempotencyKeys.Replay replay -> {
                response.setStatus(replay.status());
                if (replay.contentType() != null) response.setContentType(replay.contentType());
                response.setHeader("Idempotent-Replayed", "true");
                if (replay.body() != null) response.getOutputStream().write(replay.body().getBytes(StandardCharsets.UTF_8));
                return false;
            }
        }
    }

    void release(HttpServletRequest request) {
        if (request.getAttribute(CLAIM) instanceof Long id) keys.release(id);
    }

    /** After the answer is written (the filter calls this): keep a success, release the key after a failure. */
    void keep(HttpServletRequest request, ContentCachingResponseWrapper response) {
        Object claim = request.getAttribute(CLAIM);
        if (!(claim instanceof Long id)) return;
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            keys.complete(id, status, response.getContentType(),
                    new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
        } else {
            keys.release(id);
        }
    }
}
