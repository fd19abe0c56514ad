package com.jeweltrak.platform.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.Paged;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;

/**
 * What a request asked of a list — search, sort, filters, page — as typed, and checked against the
 * list's definition. The same parameters serve the page, its htmx fragment, the export and the API,
 * so an export or an API call gets exactly the rows the page shows.
 */
public record ListParameters(String q, String sort, Integer page, Integer size, Map<String, String> filters) {

    public ListParameters {
        q = blankToNull(q);
        sort = blankToNull(sort);
        filters = Map.copyOf(filters);
    }

    public static ListParameters from(ListDefinition<?> definition, MultiValueMap<String, String> params) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (ListFilter filter : definition.filters()) {
            String value = blankToNull(params.getFirst(filter.key()));
            if (value != null) filters.put(filter.key(), value);
        }
        return new ListParameters(params.getFirst("q"), params.getFirst("sort"), number(params, "page"),
                number(params, "size"), filters);
    }

    /** The query for the source; an unknown sort column or filter value is refused, never ignored. */
    public <R> ListQuery toQuery(ListDefinition<R> definition, int defaultSize) {
        List<String> conditions = new ArrayList<>();
        for (ListFilter filter : definition.filters()) {
            String value = filters.get(filter.key());
            if (value == null) continue;
            conditions.add(filter.option(value).orElseThrow(() -> new InvalidListRequest(filter.key(),
                    "Choose one of: " + String.join(", ", filter.options().stream().map(ListFilter.Option::value).toList())
                            + ".")).sql());
        }
        return new ListQuery(q, conditions, orderBy(definition), Paged.page(page), Paged.size(size, defaultSize));
    }

    public <R> ListQuery toQuery(ListDefinition<R> definition) {
        return toQuery(definition, definition.pageSize());
    }

    /** The sorted column, when a valid sort was asked for. */
    public <R> SortOrder<R> sortOrder(ListDefinition<R> definition) {
        if (sort == null) return null;
        String[] parts = sort.split(",", -1);
        Column<R> column = definition.column(parts[0].trim()).filter(Column::sortable).orElseThrow(() -> badSort(definition));
        if (parts.length > 2) throw badSort(definition);
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) throw badSort(definition);
        return new SortOrder<>(column, direction.equals("asc"));
    }

    public record SortOrder<R>(Column<R> column, boolean ascending) {
        public String param() {
            return column.key() + "," + (ascending ? "asc" : "desc");
        }
    }

    private <R> String orderBy(ListDefinition<R> definition) {
        SortOrder<R> order = sortOrder(definition);
        if (order == null) return definition.defaultOrder() + ", " + definition.idSql();
        String direction = order.ascending() ? " asc" : " desc";
        List<String> parts = new ArrayList<>();
        order.column().sortSql().forEach(sql -> parts.add(sql + direction));
        parts.add(definition.idSql() + direction);
        return String.join(", ", parts);
    }

    private static InvalidListRequest badSort(ListDefinition<?> definition) {
        String sortable = String.join(", ", definition.columns().stream().filter(Column::sortable).map(Column::key).toList());
        return new InvalidListRequest("sort", "Sort by one of " + sortable + ", as column,asc or column,desc.");
    }

    public ListParameters withSort(String newSort) {
        return new ListParameters(q, newSort, null, size, filters);
    }

    public ListParameters withPage(int newPage) {
        return new ListParameters(q, sort, newPage, size, filters);
    }

    /** These parameters as a query string on {@code base}; empty ones are left out. */
    public String url(String base) {
        return withQuery(base, asMap());
    }

    /**
     * {@code base} with the parameters as its query. A "+" is encoded too: left as it is, the server
     * would read it as a space, and a search for "+1 555" would find nothing.
     */
    static String withQuery(String base, Map<String, String> params) {
        StringBuilder url = new StringBuilder(base);
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            url.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
    }

    /** Parameters to carry along (hidden fields of the Columns menu, the export links), empty ones left out. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (q != null) map.put("q", q);
        if (sort != null) map.put("sort", sort);
        filters.forEach(map::put);
        if (page != null && page > 0) map.put("page", page.toString());
        if (size != null) map.put("size", size.toString());
        return map;
    }

    private static Integer number(MultiValueMap<String, String> params, String name) {
        String value = blankToNull(params.getFirst(name));
        if (value == null) return null;
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidListRequest(name, "Must be a whole number.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
