package com.jeweltrak.platform.web;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.tenancy.FuzzRecords;
import com.jeweltrak.platform.web.MalformedInputs.Type;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.core.MethodParameter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the input fuzzing (issue 12 §4) calls, found at run time so a route added later is fuzzed too: every
 * HTML form route (a POST/PUT/PATCH/DELETE handler outside /api, its fields read from the form record it binds
 * and its request parameters) and every /api/v1 operation in {@code /v3/api-docs} (its JSON body's fields and
 * their types from the schema, refined by the Java record it is read into; its path and query parameters).
 */
final class FuzzOperations {

    private FuzzOperations() {
    }

    record Input(String name, Type type, boolean required) {
    }

    /**
     * An operation and the valid-looking input the fuzzing starts from: {@code base} holds form values (lists of
     * strings) or JSON values (raw JSON text per field).
     */
    record Operation(String method, String pattern, boolean api, List<Input> fields, List<Input> query,
                     Map<String, List<String>> formBase, Map<String, String> jsonBase, boolean jsonBody) {
        String key() {
            return method + " " + pattern;
        }

        boolean hasPathVariables() {
            return pattern.contains("{");
        }
    }

    /** Body fields /v3/api-docs documents that the operation's Java record does not read (a documentation error). */
    static final Set<String> UNREAD_FIELDS = new java.util.TreeSet<>();

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    static List<Operation> forms(RequestMappingHandlerMapping mappings, Map<String, String> records) {
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/error") || pattern.startsWith("/v3/")) continue;
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    if (!WRITES.contains(method)) continue;
                    List<Input> fields = formFields(mapping.getValue());
                    String key = method.name() + " " + pattern;
                    Map<String, List<String>> base = new LinkedHashMap<>();
                    String sample = FuzzRecords.sample(key);
                    if (sample != null) {
                        for (String pair : fill(sample, records).split("&")) {
                            String[] kv = pair.split("=", 2);
                            base.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                                    .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                        }
                    }
                    for (Input field : fields) {
                        if (!base.containsKey(field.name()) && field.type() != Type.FILE && field.type() != Type.OBJECT) {
                            base.put(field.name(), List.of(plausible(field, records)));
                        }
                    }
                    found.add(new Operation(method.name(), pattern, false, fields, List.of(), base, Map.of(), false));
                }
            }
        }
        found.sort(Comparator.comparing(Operation::key));
        return found;
    }

    @SuppressWarnings("unchecked")
    static List<Operation> api(String apiDocs, RequestMappingHandlerMapping mappings, Map<String, String> records) {
        Map<String, Object> docs = JsonPath.parse(apiDocs).json();
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) docs.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) docs.get("paths");
        List<Operation> found = new ArrayList<>();
        paths.forEach((pattern, operations) -> operations.forEach((method, op) -> {
            if (!pattern.startsWith("/api/v1/") || !(op instanceof Map<?, ?>)) return;
            Map<String, Object> operation = (Map<String, Object>) op;
            String verb = method.toUpperCase();
            List<Input> query = new ArrayList<>();
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = resolve((Map<String, Object>) p, schemas);
                if (!"query".equals(parameter.get("in"))) continue;
                Map<String, Object> schema = resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of()), schemas);
                query.add(new Input((String) parameter.get("name"), type(schema, null), Boolean.TRUE.equals(parameter.get("required"))));
            }
            List<Input> fields = new ArrayList<>();
            Map<String, String> base = new LinkedHashMap<>();
            boolean jsonBody = false;
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body != null) {
                Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
                Map<String, Object> json = (Map<String, Object>) content.get("application/json");
                if (json != null) {
                    jsonBody = true;
                    Map<String, Object> schema = resolve((Map<String, Object>) json.getOrDefault("schema", Map.of()), schemas);
                    Class<?> javaType = bodyType(mappings, verb, pattern);
                    List<Object> required = (List<Object>) schema.getOrDefault("required", List.of());
                    Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                    properties.forEach((name, property) -> {
                        // a field the schema documents but the record it is read into does not have is ignored by
                        // the parser: not an input (springdoc names schemas by simple class name, so two records
                        // called CreateRequest share one schema)
                        if (javaType != null && javaType.isRecord() && javaComponent(javaType, name) == null) {
                            UNREAD_FIELDS.add(verb + " " + pattern + " ." + name);
                            return;
                        }
                        fields.add(new Input(name,
                            type(resolve((Map<String, Object>) property, schemas), javaComponent(javaType, name)),
                            required.contains(name)));
                    });
                    String sample = FuzzRecords.sample(verb + " " + pattern);
                    if (sample != null) {
                        Object parsed = JsonPath.parse(fill(sample, records)).json();
                        if (parsed instanceof Map<?, ?> map) map.forEach((k, v) -> base.put((String) k, toJson(v)));
                    }
                    for (Input field : fields) {
                        if (!base.containsKey(field.name())) base.put(field.name(), plausibleJson(field, records));
                    }
                }
            }
            // nothing to put a malformed value into: no body, no path variable, no parameter
            if (!jsonBody && query.isEmpty() && !pattern.contains("{")) return;
            found.add(new Operation(verb, pattern, true, fields, query, Map.of(), base, jsonBody));
        }));
        found.sort(Comparator.comparing(Operation::key));
        return found;
    }

    private static List<Input> formFields(HandlerMethod handler) {
        List<Input> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            if (part != null || MultipartFile.class.isAssignableFrom(type)) {
                String name = part != null && !part.name().isEmpty() ? part.name() : parameter.getParameterName();
                fields.add(new Input(name, Type.FILE, part != null ? part.required() : param == null || param.required()));
            } else if (param != null) {
                if (Map.class.isAssignableFrom(type) || MultiValueMap.class.isAssignableFrom(type)) continue;
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                boolean required = param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                        && !java.util.Optional.class.equals(type);
                fields.add(new Input(name, typeOf(type, parameter.getGenericParameterType()), required));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || (parameter.getParameterAnnotations().length == 0 && type.isRecord())) {
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        fields.add(new Input(component.getName(), typeOf(component.getType(), component.getGenericType()),
                                required(component, type)));
                    }
                } else if (!type.getName().startsWith("java.")) {
                    for (Field field : type.getDeclaredFields()) {
                        if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) continue;
                        fields.add(new Input(field.getName(), typeOf(field.getType(), field.getGenericType()), required(field)));
                    }
                }
            }
        }
        return fields;
    }

    private static boolean required(RecordComponent component, Class<?> record) {
        try {
            return required(component) || required(record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            return required(component);
        }
    }

    private static boolean required(AnnotatedElement element) {
        return element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class);
    }

    static Type typeOf(Class<?> type, java.lang.reflect.Type generic) {
        if (type == String.class || type == Character.class || type == char.class) return Type.TEXT;
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class || type == short.class
                || type == Short.class || type == BigInteger.class) return Type.INTEGER;
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class) return Type.DECIMAL;
        if (type == LocalDate.class || type == YearMonth.class) return Type.DATE;
        if (type == Instant.class || type == LocalDateTime.class || type == OffsetDateTime.class || type == LocalTime.class) {
            return Type.DATETIME;
        }
        if (type == boolean.class || type == Boolean.class) return Type.BOOLEAN;
        if (type.isEnum()) return Type.ENUM;
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return Type.ARRAY;
        if (MultipartFile.class.isAssignableFrom(type)) return Type.FILE;
        if (type.isRecord() || Map.class.isAssignableFrom(type)) return Type.OBJECT;
        // a single-value type with a converter (an id record, a ZoneId): text that it must parse
        return Type.TEXT;
    }

    @SuppressWarnings("unchecked")
    private static Type type(Map<String, Object> schema, Class<?> java) {
        if (java != null) {
            Type fromJava = typeOf(java, java);
            if (fromJava != Type.TEXT && fromJava != Type.OBJECT) return fromJava;
        }
        if (schema.containsKey("enum")) return Type.ENUM;
        String type = (String) schema.get("type");
        if (type == null && schema.get("type") == null && schema.containsKey("types")) {
            type = ((List<String>) schema.get("types")).stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
        }
        String format = (String) schema.get("format");
        if (type == null) return schema.containsKey("properties") || schema.containsKey("$ref") ? Type.OBJECT : Type.TEXT;
        return switch (type) {
            case "integer" -> Type.INTEGER;
            case "number" -> Type.DECIMAL;
            case "boolean" -> Type.BOOLEAN;
            case "array" -> Type.ARRAY;
            case "object" -> Type.OBJECT;
            default -> "date".equals(format) ? Type.DATE : "date-time".equals(format) ? Type.DATETIME : Type.TEXT;
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
            Object target = schemas.get(r.substring("#/components/schemas/".length()));
            if (target instanceof Map<?, ?> map) return (Map<String, Object>) map;
        }
        return schema;
    }

    private static Class<?> bodyType(RequestMappingHandlerMapping mappings, String method, String pattern) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getPatternValues().contains(pattern)) continue;
            if (mapping.getKey().getMethodsCondition().getMethods().stream().noneMatch(m -> m.name().equals(method))) continue;
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) return parameter.getParameterType();
            }
        }
        return null;
    }

    private static Class<?> javaComponent(Class<?> type, String name) {
        if (type == null || !type.isRecord()) return null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) return component.getType();
        }
        return null;
    }

    /** A value the field would accept, so that a mutation of another field is what the answer is about. */
    private static String plausible(Input field, Map<String, String> records) {
        String name = field.name().toLowerCase();
        return switch (field.type()) {
            case INTEGER -> name.contains("contact") || name.contains("customer") || name.contains("partner")
                    || name.contains("vendor") ? records.get("CONTACT")
                    : name.contains("store") ? records.get("STORE")
                    : name.contains("item") ? records.get("ITEM")
                    : name.contains("invoice") ? records.get("INVOICE") : "1";
            case DECIMAL -> "10";
            case DATE -> "2026-11-20";
            case DATETIME -> "2026-11-20T10:00:00Z";
            case BOOLEAN -> "true";
            case ENUM, TEXT, ARRAY -> "Fuzz";
            case OBJECT, FILE -> "";
        };
    }

    private static String plausibleJson(Input field, Map<String, String> records) {
        return switch (field.type()) {
            case INTEGER -> plausible(field, records);
            case BOOLEAN -> "true";
            case ARRAY -> "[]";
            case OBJECT -> "{}";
            default -> MalformedInputs.json(plausible(field, records));
        };
    }

    static String fill(String sample, Map<String, String> records) {
        String filled = sample;
        for (Map.Entry<String, String> record : records.entrySet()) {
            if (record.getKey().startsWith("{")) filled = filled.replace(record.getKey(), record.getValue());
        }
        return filled;
    }

    /** JSON text of a parsed sample value (maps, lists, strings, numbers, booleans, null). */
    static String toJson(Object value) {
        if (value == null) return "null";
        if (value instanceof String s) return MalformedInputs.json(s);
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        if (value instanceof Map<?, ?> map) {
            List<String> members = new ArrayList<>();
            map.forEach((k, v) -> members.add(MalformedInputs.json(k.toString()) + ": " + toJson(v)));
            return "{" + String.join(", ", members) + "}";
        }
        if (value instanceof Collection<?> list) {
            return "[" + String.join(", ", list.stream().map(FuzzOperations::toJson).toList()) + "]";
        }
        return MalformedInputs.json(value.toString());
    }

    static String jsonObject(Map<String, String> rawMembers) {
        List<String> members = new ArrayList<>();
        rawMembers.forEach((k, v) -> members.add(MalformedInputs.json(k) + ": " + v));
        return "{" + String.join(", ", members) + "}";
    }

    static boolean isParameterized(java.lang.reflect.Type type) {
        return type instanceof ParameterizedType;
    }
}
