package com.jeweltrak.platform.demo;

/**
 * How big the demo tenant is. {@code SMALL} is the newcomer's demo; {@code LARGE} adds the benchmark
 * tenants beside it (issue 12: a generated tenant of 200k items, 100k contacts, 1M invoice lines … and 50 small ones,
 * see the benchmark module). Contributors may scale their record counts by {@link #scale()}.
 */
public enum DemoSize {
    NONE(0), SMALL(1), LARGE(1000);

    private final int scale;

    DemoSize(int scale) {
        this.scale = scale;
    }

    public int scale() {
        return scale;
    }

    public static DemoSize parse(String value) {
        return value == null || value.isBlank() ? SMALL : valueOf(value.trim().toUpperCase());
    }
}
