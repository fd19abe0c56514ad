package com.jeweltrak.platform.search;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box of the top bar and the Search tab (Search R1). One URL: the results page, or — when the
 * top bar's type-ahead asks (htmx, targeting the suggestions box) — just the best few per group.
 */
@Controller
class SearchController {

    static final String SUGGESTIONS_TARGET = "searchSuggestions";
    private static final int PER_GROUP = 5;
    private static final int PAGE_SIZE = 25;

    private final Searching searching;

    SearchController(Searching searching) {
        this.searching = searching;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                  @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("q", q == null ? "" : q.strip());
        if (SUGGESTIONS_TARGET.equals(htmxTarget)) {
            model.addAttribute("results", searching.suggestions(me, q, PER_GROUP));
            return "platform/search :: suggestions";
        }
        model.addAttribute("type", type == null || type.isBlank() ? null : type);
        model.addAttribute("maxHits", Searching.MAX_HITS);
        model.addAttribute("results", searching.search(me, q, type, Paged.page(page), Paged.size(size, PAGE_SIZE)));
        return "platform/search";
    }
}
