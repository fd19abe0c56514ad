package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.Optional;

/**
 * A filter a list offers besides the free-text search (Active / Inactive, …). Each option carries
 * its SQL condition, written by the module, so a request only ever picks one of them by name.
 */
public record ListFilter(String key, String label, String anyLabel, List<Option> options) {

    public record Option(String value, String label, String sql) {
    }

    public ListFilter {
        options = List.copyOf(options);
    }

    public static ListFilter of(String key, String label, String anyLabel, Option... options) {
        return new ListFilter(key, label, anyLabel, List.of(options));
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
