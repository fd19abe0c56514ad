package com.jeweltrak.platform.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

/**
 * issue 12 §3: a JSON body for an API operation that has no sample in {@link SweepRoutes#SAMPLES}, made from its
 * request schema in OpenAPI — every required property with a value of its type and within its limits — so that bean
 * validation (which runs before {@code @PreAuthorize}) lets the call reach the permission check. A new operation is
 * covered without anyone writing a sample for it.
 */
final class SweepBodies {

    private final Map<String, Object> docs;

    SweepBodies(String openApi) {
        this.docs = JsonPath.read(openApi, "$");
    }

    /** The body for {@code METHOD /path}, or null when OpenAPI gives the operation no JSON body. */
    @SuppressWarnings("unchecked")
    String of(String method, String path) {
        Map<String, Object> paths = (Map<String, Object>) docs.get("paths");
        Map<String, Object> operations = (Map<String, Object>) paths.get(path);
        if (operations == null) return null;
        Map<String, Object> operation = (Map<String, Object>) operations.get(method.toLowerCase());
        if (operation == null || !(operation.get("requestBody") instanceof Map<?, ?> body)) return null;
        if (!(body.get("content") instanceof Map<?, ?> content) || !(content.get("application/json") instanceof Map<?, ?> json)) {
            return null;
        }
        return write(value((Map<String, Object>) json.get("schema"), 0));
    }

    @SuppressWarnings("unchecked")
    private Object value(Map<String, Object> schema, int depth) {
        if (schema == null || depth > 6) return null;
        if (schema.get("$ref") instanceof String ref) {
            return value((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) docs.get("components"))
                    .get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) return values.getFirst();
        Object type = schema.get("type");
        if (type instanceof List<?> types) type = ((List<Object>) types).stream().filter(t -> !"null".equals(t)).findFirst().orElse("string");
        if (type == null && schema.get("properties") != null) type = "object";
        switch (String.valueOf(type)) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                List<String> required = (List<String>) schema.getOrDefault("required", List.of());
                for (String name : required) {
                    object.put(name, value((Map<String, Object>) properties.get(name), depth + 1));
                }
                return object;
            }
            case "array" -> {
                List<Object> list = new ArrayList<>();
                if (schema.get("minItems") instanceof Number min && min.intValue() > 0) {
                    list.add(value((Map<String, Object>) schema.get("items"), depth + 1));
                }
                return list;
            }
            case "integer", "number" -> {
                return schema.get("minimum") instanceof Number min && min.doubleValue() > 1 ? min : 1;
            }
            case "boolean" -> {
                return true;
            }
            default -> {
                if (schema.get("example") instanceof String example) return example;
                String format = String.valueOf(schema.get("format"));
                return switch (format) {
                    case "date" -> "2026-11-01";
                    case "date-time" -> "2026-11-01T12:00:00Z";
                    case "email" -> "sweep@test.example";
                    default -> "Sweep1";
                };
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String write(Object value) {
        if (value == null) return "null";
        if (value instanceof String s) return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        if (value instanceof Map<?, ?> map) {
            List<String> fields = new ArrayList<>();
            ((Map<String, Object>) map).forEach((k, v) -> fields.add(write(k) + ": " + write(v)));
            return "{" + String.join(", ", fields) + "}";
        }
        if (value instanceof List<?> list) return "[" + String.join(", ", list.stream().map(SweepBodies::write).toList()) + "]";
        return String.valueOf(value);
    }
}
