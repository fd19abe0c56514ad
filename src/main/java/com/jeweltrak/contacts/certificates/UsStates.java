package com.jeweltrak.contacts.certificates;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The states a certificate can be for and each one's official verification portal (R2), read from
 * {@code contacts/us-states.csv}: a portal that moves is a line to edit, not code to change. A state
 * without a known portal gets no link, only the advice to look it up.
 */
@Component
public class UsStates {

    /** A state or territory; {@code portalUrl} is null when we do not know its verification portal. */
    public record UsState(String code, String name, String portalName, String portalUrl) {
        public boolean hasPortal() {
            return portalUrl != null;
        }
    }

    static final String RESOURCE = "contacts/us-states.csv";

    private final Map<String, UsState> byCode;

    UsStates() {
        this.byCode = load();
    }

    public List<UsState> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<UsState> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    private static Map<String, UsState> load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            Map<String, UsState> states = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                if (row.size() != 4 || !row.get(0).matches("[A-Z]{2}")) {
                    problems.add("line " + row.getRecordNumber() + ": " + row);
                    continue;
                }
                String url = blankToNull(row.get(3));
                if (url != null && !url.startsWith("https://")) problems.add(row.get(0) + ": portal must be https");
                states.put(row.get(0), new UsState(row.get(0), row.get(1), blankToNull(row.get(2)), url));
            }
            if (!problems.isEmpty()) throw new IllegalStateException(RESOURCE + " is malformed: " + problems);
            return states;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
