package com.jeweltrak.platform.web;

import java.time.ZoneId;
import java.util.List;

/** The zones offered in pickers: the US ones first (most of our stores), then every other zone. */
public final class TimeZones {

    public static final List<String> COMMON = build();

    private TimeZones() {
    }

    private static List<String> build() {
        List<String> first = List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico");
        List<String> rest = ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/") && !first.contains(z))
                .sorted().toList();
        return java.util.stream.Stream.concat(first.stream(), rest.stream()).toList();
    }
}
