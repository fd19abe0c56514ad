package com.jeweltrak.platform.search;

import java.util.List;

/**
 * An answer to a search: the groups with their counts, one page of hits in group order, and — when the
 * query was too short to run — the message that says what to type instead.
 */
public record SearchResults(String query, String message, List<SearchGroup> groups, List<SearchHit> content,
                            int page, int size, long totalElements) {

    public static final String TOO_SHORT = "Type at least 3 letters or digits together: a name, an e-mail, a StockID or a number.";

    static SearchResults tooShort(String query, int page, int size) {
        return new SearchResults(query, query == null || query.isBlank() ? null : TOO_SHORT, List.of(), List.of(), page,
                size, 0);
    }

    /** Whether the counts stopped at {@link Searching#MAX_HITS}: there may be more than shown. */
    public boolean capped() {
        return groups.stream().mapToLong(SearchGroup::count).sum() >= Searching.MAX_HITS;
    }

    public boolean ran() {
        return message == null && query != null && !query.isBlank();
    }

    public int totalPages() {
        return (int) Math.max(1, (totalElements + Math.max(size, 1) - 1) / Math.max(size, 1));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
