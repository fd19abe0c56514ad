package com.jeweltrak.platform.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search (01-navigation §Search &amp; Quick Find): one query across every record type the
 * person may see (R2, R7), exact identifiers first, then word prefixes, then substrings, then near
 * misses (R5, R6), grouped by type with a count per group.
 */
@Service
@Transactional(readOnly = true)
public class Searching {

    private static final String HITS = "jt_search(?, ?::text[], ?::text[], ?::text[], ?, ?::bigint[], ?)";
    /**
     * At most this many hits are ranked and counted: beyond it a count is "1000 or more" and the person
     * narrows the search. It keeps a common word as fast as a rare one (see the search migration).
     */
    public static final int MAX_HITS = 1000;

    private final JdbcClient jdbc;
    private final SearchableTypes types;

    Searching(JdbcClient jdbc, SearchableTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /** For type-ahead: the best few of every group, with each group's full count. */
    public SearchResults suggestions(CurrentUser user, String typed, int perGroup) {
        SearchQuery query = SearchQuery.of(typed);
        List<SearchableType> visible = types.visibleTo(user);
        if (!query.searchable()) return SearchResults.tooShort(query.text(), 0, perGroup);
        if (visible.isEmpty()) return empty(query, 0, perGroup);
        List<Object> params = params(query, visible, user);
        params.add(perGroup);
        params.add(keys(visible));
        Map<String, Long> counts = new LinkedHashMap<>();
        List<SearchHit> hits = jdbc.sql("""
                        select * from (
                            select h.*, s.name as store_name, count(*) over (partition by h.record_type) as type_count,
                                   row_number() over (partition by h.record_type
                                                      order by h.tier, h.score desc, lower(h.title), h.record_id) as n
                            from %s h left join store s on s.id = h.store_id) ranked
                        where n <= ?
                        order by array_position(?::text[], record_type), n""".formatted(HITS))
                .params(params)
                .query((rs, n) -> {
                    counts.put(rs.getString("record_type"), rs.getLong("type_count"));
                    return hit(rs);
                })
                .list();
        return new SearchResults(query.text(), null, groups(visible, counts, hits), hits, 0, perGroup,
                counts.values().stream().mapToLong(Long::longValue).sum());
    }

    /** For the results page and the API: one page, of one type or of all in group order, and every group's count. */
    public SearchResults search(CurrentUser user, String typed, String onlyType, int page, int size) {
        SearchQuery query = SearchQuery.of(typed);
        if (!query.searchable()) return SearchResults.tooShort(query.text(), page, size);
        List<SearchableType> visible = types.visibleTo(user);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<SearchableType> shown = onlyType == null || onlyType.isBlank() ? visible
                : visible.stream().filter(t -> t.key().equals(onlyType)).toList();
        List<SearchHit> hits = new ArrayList<>();
        if (!visible.isEmpty()) {
            // one search for the page and every group's count (the counts ride on each row, worked out once); only a
            // page past the end, which has no rows to carry them, asks again for the counts alone
            List<Object> params = params(query, visible, user);
            params.add(keys(shown));
            params.add(keys(shown));
            params.add(size);
            params.add((long) page * size);
            jdbc.sql("with h as materialized (select * from " + HITS + """
                             h)
                            select h.*, s.name as store_name,
                                   (select json_object_agg(c.record_type, c.n) from
                                       (select record_type, count(*) as n from h group by record_type) c)::text as counts
                            from h left join store s on s.id = h.store_id
                            where h.record_type = any(?::text[])
                            order by array_position(?::text[], h.record_type), h.tier, h.score desc, lower(h.title), h.record_id
                            limit ? offset ?""")
                    .params(params).query(rs -> {
                        if (counts.isEmpty()) counts.putAll(countsOf(rs.getString("counts")));
                        hits.add(hit(rs));
                    });
            if (hits.isEmpty()) {
                jdbc.sql("select record_type, count(*) from " + HITS + " h group by record_type")
                        .params(params(query, visible, user))
                        .query(rs -> {
                            counts.put(rs.getString(1), rs.getLong(2));
                        });
            }
        }
        long total = shown.stream().mapToLong(t -> counts.getOrDefault(t.key(), 0L)).sum();
        return new SearchResults(query.text(), null, groups(visible, counts, List.of()), hits, page, size, total);
    }

    private static Map<String, Long> countsOf(String json) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (json == null) return counts;
        java.util.regex.Matcher pair = java.util.regex.Pattern.compile("\"([^\"]+)\"\\s*:\\s*(\\d+)").matcher(json);
        while (pair.find()) counts.put(pair.group(1), Long.parseLong(pair.group(2)));
        return counts;
    }

    private SearchResults empty(SearchQuery query, int page, int size) {
        return new SearchResults(query.text(), null, List.of(), List.of(), page, size, 0);
    }

    private static List<Object> params(SearchQuery query, List<SearchableType> searched, CurrentUser user) {
        boolean everyStore = user.can(Permission.CAN_VIEW_ALL_STORES)
                || searched.stream().allMatch(t -> t.stores() == SearchableType.StoreRestriction.NONE);
        List<Object> params = new ArrayList<>();
        params.add(query.text());
        params.add(query.tokens().toArray(String[]::new));
        params.add(query.words().toArray(String[]::new));
        params.add(keys(searched));
        params.add(everyStore);
        params.add(user.stores().stream().map(s -> s.id().value()).toArray(Long[]::new));
        params.add(MAX_HITS);
        return params;
    }

    private static String[] keys(List<SearchableType> searched) {
        return searched.stream().map(SearchableType::key).toArray(String[]::new);
    }

    private SearchHit hit(ResultSet rs) throws SQLException {
        String type = rs.getString("record_type");
        return new SearchHit(type, types.find(type).map(SearchableType::label).orElse(type), rs.getLong("record_id"),
                (Long) rs.getObject("store_id"), rs.getString("store_name"), rs.getString("identifier"), rs.getString("title"),
                rs.getString("subtitle"), rs.getString("status"));
    }

    private static List<SearchGroup> groups(List<SearchableType> visible, Map<String, Long> counts, List<SearchHit> hits) {
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchableType type : visible) {
            long count = counts.getOrDefault(type.key(), 0L);
            if (count > 0) {
                groups.add(new SearchGroup(type, count, hits.stream().filter(h -> h.type().equals(type.key())).toList()));
            }
        }
        return groups;
    }
}
