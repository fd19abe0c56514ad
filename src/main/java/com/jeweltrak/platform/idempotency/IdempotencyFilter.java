package com.jeweltrak.platform.idempotency;

import com.jeweltrak.platform.web.BodyReadOnce;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For an API POST carrying {@code Idempotency-Key}: reads the body once (the fingerprint needs it before the handler)
 * and keeps a copy of the answer, which {@link IdempotencyInterceptor} stores for retries. It runs after the security
 * filters, so the tenant is set. Every other request passes untouched.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    private static final int MAX_BODY = 1 << 20;

    private final IdempotencyInterceptor interceptor;

    IdempotencyFilter(IdempotencyInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // JSON bodies (or none) only: a form or multipart body read here would be lost to the container's parameter parsing
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(IdempotencyInterceptor.HEADER) == null
                || !request.getRequestURI().startsWith("/api/")
                || (type != null && !type.toLowerCase(java.util.Locale.ROOT).contains("json"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY);
        BodyReadOnce buffered = new BodyReadOnce(request, body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(buffered, answer);
            interceptor.keep(buffered, answer);
        } catch (IOException | ServletException | RuntimeException e) {
            interceptor.release(buffered); // the work failed: a retry may do it
            throw e;
        } finally {
            answer.copyBodyToResponse();
        }
    }
}
