package com.jeweltrak.platform;

import java.util.List;

/** One page of a list, as every list and collection endpoint serves it. */
public record Paged<T>(List<T> content, int page, int size, long totalElements) {

    public static final int MAX_SIZE = 200;

    public int totalPages() {
        int perPage = Math.max(size, 1);
        return (int) Math.max(1, (totalElements + perPage - 1) / perPage);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    /** Clamps what a caller asked for to sane bounds. */
    public static int size(Integer requested, int fallback) {
        if (requested == null || requested < 1) return fallback;
        return Math.min(requested, MAX_SIZE);
    }

    public static int page(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
