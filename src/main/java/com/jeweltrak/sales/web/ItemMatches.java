package com.jeweltrak.sales.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.search.SearchHit;
import com.jeweltrak.platform.search.Searching;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The StockID box's second chance (issue 6 §2, "scanned, searched or picked"): text that is no StockID — "emerald",
 * a serial, a certificate number — is looked up with the top search, and the items in stock it finds are offered,
 * each added with one click. The search applies the person's family permissions and store access.
 */
@Component
class ItemMatches {

    static final int SHOWN = 12;
    private static final Set<String> ITEM_TYPES = Arrays.stream(Family.values()).map(Family::recordType)
            .collect(Collectors.toUnmodifiableSet());

    private final Searching searching;

    ItemMatches(Searching searching) {
        this.searching = searching;
    }

    List<SearchHit> of(String typed) {
        return searching.search(CurrentUser.require(), typed, null, 0, 100).content().stream()
                .filter(hit -> ITEM_TYPES.contains(hit.type()) && "In stock".equals(hit.status()))
                .limit(SHOWN).toList();
    }
}
