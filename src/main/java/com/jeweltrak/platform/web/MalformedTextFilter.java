package com.jeweltrak.platform.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, text no field can hold (issue 12 §4, found by the input fuzzing): a NUL
 * character (PostgreSQL text cannot store it: the insert failed with "invalid byte sequence" and the person got a
 * 500), half of a surrogate pair (not a character at all: the driver silently stored '?'), or a single value over
 * {@value #MAX_TEXT} characters (no field of ours needs more; a signature's base64 PNG is far below). Form fields and
 * query parameters are checked one by one, a JSON body string by string. The answer is a 400 with the reason:
 * Problem Details for the API, the error page for people.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedTextFilter extends OncePerRequestFilter {

    static final int MAX_TEXT = 200_000;
    private static final int MAX_JSON_BODY = 64 << 20;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        // a multipart body is left to the multipart resolver (its size limits answer 413 there); its files are bytes
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        for (Map.Entry<String, String[]> parameter : multipart ? Map.<String, String[]>of().entrySet()
                : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = problemWith(value);
                if (problem != null) {
                    refuse(request, response, parameter.getKey(), problem);
                    return;
                }
            }
        }
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            byte[] body = request.getInputStream().readNBytes(MAX_JSON_BODY + 1);
            String problem = body.length > MAX_JSON_BODY ? "is larger than " + (MAX_JSON_BODY >> 20) + " MB."
                    : problemWithJson(new String(body, StandardCharsets.UTF_8));
            if (problem != null) {
                refuse(request, response, "body", problem);
                return;
            }
            chain.doFilter(new BodyReadOnce(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static String problemWith(String value) {
        // a bare flag in the query ("/login?error") may come as a parameter without a value
        if (value == null) return null;
        if (value.length() > MAX_TEXT) return "is longer than " + MAX_TEXT + " characters.";
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) return "contains a NUL character, which text cannot hold.";
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return "contains half of a surrogate pair, which is not a character.";
            }
        }
        return null;
    }

    /** The same checks over every string of a JSON text, with its escapes decoded; malformed JSON is left to the parser. */
    static String problemWithJson(String json) {
        boolean inString = false;
        int length = 0;
        int pendingHigh = -1;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!inString) {
                if (c == '"') {
                    inString = true;
                    length = 0;
                }
                continue;
            }
            int unit;
            if (c == '\\' && i + 1 < json.length()) {
                char escaped = json.charAt(++i);
                if (escaped == 'u' && i + 4 < json.length()) {
                    try {
                        unit = Integer.parseInt(json.substring(i + 1, i + 5), 16);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    i += 4;
                } else {
                    unit = escaped;
                }
            } else if (c == '"') {
                if (pendingHigh >= 0) return "contains half of a surrogate pair, which is not a character.";
                inString = false;
                continue;
            } else {
                unit = c;
            }
            if (unit == 0) return "contains a NUL character, which text cannot hold.";
            if (pendingHigh >= 0 && !Character.isLowSurrogate((char) unit)
                    || pendingHigh < 0 && Character.isLowSurrogate((char) unit)) {
                return "contains half of a surrogate pair, which is not a character.";
            }
            pendingHigh = Character.isHighSurrogate((char) unit) ? unit : -1;
            if (++length > MAX_TEXT) return "has a text longer than " + MAX_TEXT + " characters.";
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String field, String problem)
            throws IOException {
        String message = "The value of " + field + " " + problem;
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\": \"about:blank\", \"title\": \"Bad Request\", \"status\": 400, \"detail\": "
                    + MalformedTextFilter.quote(message) + ", \"errors\": {" + quote(field) + ": " + quote(message) + "}}");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, message);
        }
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || Character.isSurrogate(c)) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
