package com.jeweltrak.platform.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jeweltrak.platform.Paged;

/** One rendering of a list, ready for {@code templates/platform/list.html}: no logic left for the template. */
public record ListView(String key, String domId, String tableId, String pageUrl, List<Header> headers, List<Row> rows,
                       List<MenuItem> menu, List<ListFilter> filters, Paged<?> page, ListParameters params,
                       BulkBar bulk) {

    /** A column header; {@code sorted} is "asc", "desc" or null. The last one carries the Columns menu (R1). */
    public record Header(String key, String label, String sortUrl, String sorted, boolean right, boolean last) {
        public String ariaSort() {
            return sorted == null ? null : sorted.equals("asc") ? "ascending" : "descending";
        }
    }

    /** {@code label} names the row for its check box ("Select Ann Smith"): the identifying column's text. */
    public record Row(long id, String label, List<Cell> cells, String peek, boolean selected) {
    }

    /** {@code marks}: small badges beside the text ({@link CellMarks}), never null. */
    public record Cell(String text, String link, String badge, boolean right, List<CellMarks.Mark> marks) {
    }

    /** One tick box of the Columns menu (R2); the identifying column is shown ticked and disabled (R5). */
    public record MenuItem(String key, String label, boolean shown, boolean hideable) {
    }

    public record BulkBar(String list, String domId, int count, List<Action> actions) {
        /** {@code formUrl}: the page of an action that asks first (a link); null for one that runs at once (a post). */
        public record Action(String key, String label, String formUrl, boolean confirms) {
        }

        public String clearValues() {
            return "{\"list\": \"" + list + "\"}";
        }
    }

    /** htmx values of a selection change: list keys and ids are plain words and digits, so no escaping is needed. */
    public String selectionValues(Object ids) {
        return "{\"list\": \"" + key + "\", \"ids\": \"" + ids + "\"}";
    }

    public String pageLink(int page) {
        return params.withPage(page).url(pageUrl);
    }

    public String exportLink(String format, boolean visibleOnly) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("list", key);
        query.put("format", format);
        if (visibleOnly) query.put("columns", "visible");
        query.putAll(params.withPage(0).asMap());
        return ListParameters.withQuery("/lists/export", query);
    }

    /** The state a re-render must keep (search, sort, filters, page): hidden fields of the Columns menu. */
    public Map<String, String> state() {
        return params.asMap();
    }

    public String filterValue(String filterKey) {
        return params.filters().get(filterKey);
    }

    public String idsOnPage() {
        return rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(","));
    }

    public boolean allOnPageSelected() {
        return !rows.isEmpty() && rows.stream().allMatch(Row::selected);
    }

    /** The sort to keep when the search or a filter changes, or null for the default order. */
    public String sortParam() {
        return params.sort();
    }

    public int columnCount() {
        return headers.size() + 1;
    }
}
