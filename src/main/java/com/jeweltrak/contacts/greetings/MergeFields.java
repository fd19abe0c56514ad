package com.jeweltrak.contacts.greetings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge fields a greeting template may use (R3), and filling them in. A name in braces that is
 * not one of these is refused when the template is saved, so a typo never reaches a customer as
 * "{frstName}".
 */
public final class MergeFields {

    public static final List<String> NAMES = List.of("firstName", "lastName", "fullName", "spouseName",
            "organizationName", "storeName");

    private static final Pattern FIELD = Pattern.compile("\\{([^{}\\s]*)}");

    private MergeFields() {
    }

    /** The names in braces that are not merge fields, in the order they appear. */
    public static Set<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text == null) return unknown;
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) unknown.add(m.group(1));
        }
        return unknown;
    }

    /** Replaces each merge field by its value (an empty string when the contact has none). */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = FIELD.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = NAMES.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
