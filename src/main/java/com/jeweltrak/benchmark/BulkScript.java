package com.jeweltrak.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The generator's SQL script split into named steps of statements, its {@code ${name}} placeholders filled in.
 * Placeholders take only numbers and dates the generator computed, so filling them in as text is safe; a placeholder
 * left without a value is a mistake in the script and stops the run before anything is executed.
 */
record BulkScript(List<Step> steps) {

    record Step(String name, List<String> statements) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    static BulkScript load(String resource, Map<String, Object> values) {
        String text;
        try {
            text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Step> steps = new ArrayList<>();
        String[] parts = text.split("(?m)^-- step: ");
        // parts[0] is the script's heading, before its first step
        for (String part : java.util.Arrays.asList(parts).subList(1, parts.length)) {
            String name = part.substring(0, part.indexOf('\n')).trim();
            List<String> statements = new ArrayList<>();
            for (String statement : part.substring(part.indexOf('\n')).split(";\\s*\\n")) {
                String sql = withoutComments(statement).trim();
                if (!sql.isEmpty()) statements.add(filled(sql, values));
            }
            steps.add(new Step(name, statements));
        }
        return new BulkScript(List.copyOf(steps));
    }

    private static String withoutComments(String statement) {
        return statement.lines().filter(line -> !line.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
    }

    private static String filled(String sql, Map<String, Object> values) {
        Matcher matcher = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) throw new IllegalStateException("No value for ${" + matcher.group(1) + "} in the generator script");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        return matcher.appendTail(out).toString();
    }
}
