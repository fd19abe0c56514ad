package com.jeweltrak.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of hostile values the input fuzzing (issue 12 §4) puts into a field, by the field's type.
 * Each value says whether it is <em>malformed</em> — a value no valid request can carry (text where a number,
 * date or id belongs, a NUL byte, a lone surrogate, a number past numeric(19,4), a megabyte of text), which
 * must be refused with a message and write nothing — or merely <em>hostile</em>: text a person may really
 * type (O'Brien, an emoji, a right-to-left mark, {@code <b>}), which may be saved as typed but must never
 * break the answer (no 5xx, no stack trace, no markup echoed unescaped).
 */
final class MalformedInputs {

    private MalformedInputs() {
    }

    enum Type { TEXT, INTEGER, DECIMAL, DATE, DATETIME, BOOLEAN, ENUM, ARRAY, OBJECT, FILE }

    /**
     * One value: {@code form} as the form parameter's values (null: not sendable in a form), {@code json} as a raw
     * JSON value (null: not sendable in JSON).
     */
    record Value(String label, List<String> form, String json, boolean malformed) {
        static Value both(String label, String text, boolean malformed) {
            return new Value(label, List.of(text), MalformedInputs.json(text), malformed);
        }

        static Value jsonOnly(String label, String rawJson, boolean malformed) {
            return new Value(label, null, rawJson, malformed);
        }

        static Value formOnly(String label, List<String> values, boolean malformed) {
            return new Value(label, values, null, malformed);
        }
    }

    static final String SCRIPT = "<script>alert('fuzz')</script>";
    static final String IMG = "\"><img src=x onerror=alert('fuzz')>";
    /** Above what a request may carry in one text value (a base64 photo is far below it). */
    static final int HUGE = 1_000_000;

    static List<Value> forText() {
        List<Value> values = new ArrayList<>(List.of(
                Value.both("SQL quote", "' or 1=1 --", false),
                Value.both("SQL statement", "1'; drop table contact; --", false),
                Value.both("script tag", SCRIPT, false),
                Value.both("attribute breakout", IMG, false),
                Value.both("path traversal", "../../../../etc/passwd", false),
                Value.both("RTL override", "\u202Egnp.exe\u202C", false),
                Value.both("combining marks", "Z\u0351\u0352\u0353a\u0301\u0302\u0303\u0304", false),
                Value.both("emoji", "\uD83D\uDC8D\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", false),
                Value.both("zero-width", "a\u200B\u200C\u200D\uFEFFb", false),
                Value.both("empty", "", false),
                Value.both("blank", "   ", false),
                Value.both("template syntax", "${7*7}{{7*7}}[[${7*7}]]", false),
                Value.both("control characters", "line1\r\nline2\t\u0007\u001B[31m", false),
                Value.both("10k characters", "x".repeat(10_000), false),
                Value.both("NUL byte", "nul\u0000byte", true),
                Value.both("lone surrogate", "lone\uD800surrogate", true),
                Value.both("1M characters", "y".repeat(HUGE), true),
                Value.formOnly("repeated parameter", List.of("first", "second"), false),
                Value.jsonOnly("number for text", "12345", false),
                Value.jsonOnly("array for text", "[\"a\", \"b\"]", true),
                Value.jsonOnly("object for text", "{\"nested\": \"value\"}", true)));
        return values;
    }

    static List<Value> forInteger() {
        return List.of(
                Value.both("text for a number", "abc", true),
                Value.both("fraction for an integer", "1.5", true),
                Value.both("20 digits", "99999999999999999999", true),
                Value.both("1e308 for an integer", "1e308", true),
                Value.both("NaN", "NaN", true),
                Value.both("SQL for a number", "1 or 1=1", true),
                // a repeated form key is plain HTML (checkbox groups); for one value Spring reads the first
                Value.formOnly("repeated parameter", List.of("1", "2"), false),
                Value.jsonOnly("raw 20 digits", "99999999999999999999", true),
                Value.jsonOnly("raw 1e308", "1e308", true),
                Value.jsonOnly("array for a number", "[1]", true),
                Value.jsonOnly("object for a number", "{\"value\": 1}", true),
                Value.jsonOnly("boolean for a number", "true", true),
                Value.both("negative", "-1", false),
                Value.both("zero", "0", false),
                Value.both("long max", "9223372036854775807", false));
    }

    static List<Value> forDecimal() {
        return List.of(
                Value.both("text for money", "abc", true),
                Value.both("1e308", "1e308", true),
                Value.both("20 digits", "99999999999999999999", true),
                Value.both("NaN", "NaN", true),
                Value.both("Infinity", "Infinity", true),
                Value.both("comma decimal", "1,5", true),
                Value.jsonOnly("raw 1e308", "1e308", true),
                Value.jsonOnly("raw 20 digits", "99999999999999999999", true),
                Value.jsonOnly("array for money", "[\"1\"]", true),
                Value.jsonOnly("object for money", "{\"amount\": \"1\"}", true),
                Value.both("negative", "-1", false),
                Value.both("zero", "0", false),
                Value.both("0.0001", "0.0001", false),
                Value.both("largest numeric(19,4)", "999999999999999.9999", false),
                Value.both("tiny exponent", "1e-10", false));
    }

    static List<Value> forDate() {
        return List.of(
                Value.both("text for a date", "abc", true),
                Value.both("February 30", "2026-02-30", true),
                Value.both("month 13", "2026-13-01", true),
                Value.both("SQL for a date", "2026-01-01' or '1'='1", true),
                // read as the basic ISO date 2026-11-22 where a date is parsed from text
                Value.jsonOnly("number for a date", "20261122", false),
                Value.jsonOnly("array for a date", "[2026, 11, 22, 99]", true),
                Value.jsonOnly("object for a date", "{\"year\": 2026}", true),
                Value.both("year 1", "0001-01-01", false),
                Value.both("year 9999", "9999-12-31", false));
    }

    static List<Value> forDateTime() {
        return List.of(
                Value.both("text for a time", "abc", true),
                Value.both("hour 25", "2026-11-22T25:00:00Z", true),
                Value.jsonOnly("object for a time", "{\"at\": 1}", true));
    }

    static List<Value> forBoolean() {
        return List.of(
                Value.both("maybe", "maybe", true),
                Value.both("2", "2", true),
                Value.jsonOnly("array for a flag", "[true]", true),
                Value.jsonOnly("object for a flag", "{\"on\": true}", true),
                Value.both("false", "false", false));
    }

    static List<Value> forEnum() {
        return List.of(
                Value.both("no such value", "NOT_A_VALUE", true),
                Value.both("SQL for a choice", "' or 1=1 --", true),
                Value.both("NUL in a choice", "A\u0000", true),
                Value.jsonOnly("number for a choice", "3", true),
                Value.jsonOnly("array for a choice", "[\"A\"]", true),
                Value.both("empty choice", "", false));
    }

    static List<Value> forArray() {
        return List.of(
                Value.jsonOnly("object for a list", "{\"0\": 1}", true),
                Value.jsonOnly("text for a list", "\"abc\"", false),
                Value.jsonOnly("null element", "[null]", false),
                Value.jsonOnly("empty list", "[]", false),
                Value.jsonOnly("bogus ids", "[999999999, -1]", false),
                Value.jsonOnly("nested lists", "[[[[]]]]", false),
                Value.formOnly("text elements", List.of("abc", "' or 1=1 --"), false));
    }

    static List<Value> forObject() {
        return List.of(
                Value.jsonOnly("text for an object", "\"abc\"", true),
                Value.jsonOnly("number for an object", "42", true),
                Value.jsonOnly("list for an object", "[{}]", true),
                Value.jsonOnly("empty object", "{}", false),
                Value.jsonOnly("null", "null", false));
    }

    static List<Value> forType(Type type) {
        return switch (type) {
            case TEXT -> forText();
            case INTEGER -> forInteger();
            case DECIMAL -> forDecimal();
            case DATE -> forDate();
            case DATETIME -> forDateTime();
            case BOOLEAN -> forBoolean();
            case ENUM -> forEnum();
            case ARRAY -> forArray();
            case OBJECT -> forObject();
            case FILE -> List.of();
        };
    }

    /** Values for a path variable: none of them names a record of the caller's, so each must be refused. */
    static List<Value> forPathVariable() {
        return List.of(
                Value.both("text id", "abc", true),
                Value.both("negative id", "-1", true),
                Value.both("20-digit id", "99999999999999999999", true),
                Value.both("SQL id", "1;drop%20table%20contact", true),
                Value.both("traversal id", "..%2F..%2Fetc%2Fpasswd", true),
                Value.both("bogus id", "999999999", true));
    }

    /** Whole bodies that are not JSON at all, or not the JSON object the operation reads. */
    static List<Value> malformedBodies() {
        return List.of(
                Value.jsonOnly("empty body", "", true),
                Value.jsonOnly("truncated JSON", "{\"a\": ", true),
                Value.jsonOnly("trailing comma", "{\"a\": 1,}", true),
                Value.jsonOnly("not JSON", "not json at all", true),
                Value.jsonOnly("JSON null", "null", true),
                Value.jsonOnly("JSON array", "[]", true),
                Value.jsonOnly("JSON string", "\"text\"", true),
                Value.jsonOnly("single quotes", "{'a': 'b'}", true),
                Value.jsonOnly("deep nesting", "[".repeat(5000) + "]".repeat(5000), true));
    }

    /** A JSON string literal of {@code text}, with everything outside printable ASCII escaped (lone surrogates too). */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
