package com.jeweltrak.platform.search;

import java.util.List;

/** The results of one record type: how many there are in all, and the ones shown (Search R5). */
public record SearchGroup(SearchableType type, long count, List<SearchHit> hits) {
}
