package com.jeweltrak.platform.search;

import java.util.List;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The global search over the API: the same query, ranking and restrictions as the search box. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Global search across every record type (01-navigation §Search & Quick Find)")
class SearchApi {

    private static final int PAGE_SIZE = 25;

    record HitJson(String type, long id, String identifier, String title, String subtitle, String status, Long storeId,
                   String storeName, String peek) {
    }

    record GroupJson(String type, String label, long count) {
    }

    /** countsCapped: the counts stopped at the ranking limit; there may be more matches than counted. */
    record ResultsJson(List<HitJson> content, int page, int size, long totalElements, List<GroupJson> groups,
                       boolean countsCapped, String message) {
    }

    private final Searching searching;
    private final SearchableTypes types;

    SearchApi(Searching searching, SearchableTypes types) {
        this.searching = searching;
        this.types = types;
    }

    @GetMapping
    @Operation(summary = "Search every record type the caller may see",
            description = "Exact identifier (StockID, number, e-mail) matches first, then word prefixes, substrings and "
                    + "near misses; accent- and case-insensitive. Fewer than 3 letters or digits answer no results and "
                    + "a message. groups has the count per record type; content is one page, in group order. At most "
                    + Searching.MAX_HITS + " matches are ranked and counted (countsCapped).")
    ResultsJson search(@Parameter(description = "what to look for") @RequestParam(required = false) String q,
                       @Parameter(description = "only this record type, e.g. user or store") @RequestParam(required = false) String type,
                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (type != null && !type.isBlank() && types.find(type).isEmpty()) {
            throw new IllegalArgumentException("unknown record type " + type);
        }
        SearchResults results = searching.search(CurrentUser.require(), q, type, Paged.page(page),
                Paged.size(size, PAGE_SIZE));
        return new ResultsJson(
                results.content().stream().map(h -> new HitJson(h.type(), h.id(), h.identifier(), h.title(), h.subtitle(),
                        h.status(), h.storeId(), h.storeName(), h.peekUrl())).toList(),
                results.page(), results.size(), results.totalElements(),
                results.groups().stream().map(g -> new GroupJson(g.type().key(), g.type().groupLabel(), g.count())).toList(),
                results.capped(), results.message());
    }
}
