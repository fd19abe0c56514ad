package com.jeweltrak.contacts.greetings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's greetings: each kind switched on or off (R2: off until the tenant's admin opts in) with
 * its own subject and body template (R3).
 */
public record GreetingSettings(boolean birthdayEnabled, boolean anniversaryEnabled, Template birthday,
                               Template anniversary) {

    public record Template(String subject, String body) {
    }

    public static final Template DEFAULT_BIRTHDAY = new Template("Happy birthday, {firstName}!", """
            Dear {firstName},

            Everyone at {storeName} wishes you a very happy birthday and a wonderful year ahead.

            Warm regards,
            {organizationName}""");

    public static final Template DEFAULT_ANNIVERSARY = new Template("Happy anniversary, {firstName}!", """
            Dear {firstName},

            Congratulations on your anniversary! Everyone at {storeName} wishes you many more happy years together.

            Warm regards,
            {organizationName}""");

    /** What a tenant has before anyone opens the settings: both off, the default templates. */
    public static GreetingSettings defaults() {
        return new GreetingSettings(false, false, DEFAULT_BIRTHDAY, DEFAULT_ANNIVERSARY);
    }

    public boolean enabled(GreetingKind kind) {
        return kind == GreetingKind.BIRTHDAY ? birthdayEnabled : anniversaryEnabled;
    }

    public Template template(GreetingKind kind) {
        return kind == GreetingKind.BIRTHDAY ? birthday : anniversary;
    }

    /**
     * What is wrong with these settings, by field (birthdaySubject, anniversaryBody, …): an unknown
     * merge field anywhere, or an empty subject or body for a greeting that is switched on.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "birthday", birthday, birthdayEnabled);
        check(problems, "anniversary", anniversary, anniversaryEnabled);
        return problems;
    }

    private static void check(Map<String, String> problems, String prefix, Template template, boolean enabled) {
        checkText(problems, prefix + "Subject", template.subject(), enabled, "subject");
        checkText(problems, prefix + "Body", template.body(), enabled, "message");
    }

    private static void checkText(Map<String, String> problems, String field, String text, boolean enabled, String what) {
        if (text == null || text.isBlank()) {
            if (enabled) problems.put(field, "A greeting that is switched on needs a " + what + ".");
            return;
        }
        Set<String> unknown = MergeFields.unknownIn(text);
        if (!unknown.isEmpty()) {
            problems.put(field, "Unknown merge field " + String.join(", ", unknown.stream().map(u -> "{" + u + "}").toList())
                    + ". Use " + String.join(", ", MergeFields.NAMES.stream().map(n -> "{" + n + "}").toList()) + ".");
        }
    }
}
