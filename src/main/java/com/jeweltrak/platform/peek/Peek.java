package com.jeweltrak.platform.peek;

import java.util.Map;

/**
 * What a Quick Peek drawer shows of one record (01-navigation §Quick Peek): the header (title and status
 * badge), the record's own body — a Thymeleaf template with a {@code body} fragment, read-only (R3) —
 * and where Open Full &lt;Type&gt; leads (R6).
 */
public record Peek(String title, String status, String fullUrl, String view, Map<String, Object> model) {

    public Peek {
        model = Map.copyOf(model);
    }
}
