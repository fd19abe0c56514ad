package com.jeweltrak.platform.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A list as its module declares it once: key, columns, filters, default order, where rows come from
 * and who may see it. The list component renders, sorts, filters, pages, exports and remembers
 * column choices from this alone. Declare it as a bean; {@link ListDefinitions} finds it by key.
 *
 * @param key          stable key the column choices are saved under (e.g. {@code settings.users})
 * @param pageUrl      the list's page; it serves the whole page or, for htmx, the list fragment
 * @param permission   needed to see the list, its export and its selection
 * @param defaultOrder SQL order used when no sort is asked for
 * @param idSql        SQL of the row id, the last tie-breaker of every order so paging is stable
 * @param peek         the Quick Peek URL of a row, or null when the list has no peek
 */
public record ListDefinition<R>(String key, String title, String pageUrl, String permission, List<Column<R>> columns,
                                List<ListFilter> filters, String defaultOrder, String idSql, ToLongFunction<R> id,
                                Function<R, String> peek, ListSource<R> source, String domId, String tableId,
                                int pageSize) {

    public ListDefinition {
        Objects.requireNonNull(source, "source");
        // the key goes into JSON attributes and session attribute names unescaped: keep it plain
        if (key == null || !key.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new IllegalArgumentException("Bad list key: " + key);
        }
        columns = List.copyOf(columns);
        filters = List.copyOf(filters);
        if (columns.stream().noneMatch(c -> !c.hideable())) {
            throw new IllegalArgumentException(key + ": one column must identify the row and never hide (R5)");
        }
        if (columns.stream().map(Column::key).distinct().count() != columns.size()) {
            throw new IllegalArgumentException(key + ": column keys must be unique");
        }
    }

    public static <R> Builder<R> builder(String key, Class<R> rowType) {
        return new Builder<>(key);
    }

    public Optional<Column<R>> column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
    }

    public String peekOf(R row) {
        return peek == null ? null : peek.apply(row);
    }

    /** The last part of the key, for file names: {@code settings.users} → {@code users}. */
    public String shortName() {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    public static final class Builder<R> {
        private final String key;
        private String title;
        private String pageUrl;
        private String permission;
        private final List<Column<R>> columns = new ArrayList<>();
        private final List<ListFilter> filters = new ArrayList<>();
        private String defaultOrder;
        private String idSql;
        private ToLongFunction<R> id;
        private Function<R, String> peek;
        private ListSource<R> source;
        private String domId;
        private String tableId;
        private int pageSize = 25;

        private Builder(String key) {
            this.key = key;
        }

        public Builder<R> title(String value) { this.title = value; return this; }
        public Builder<R> pageUrl(String value) { this.pageUrl = value; return this; }
        public Builder<R> permission(String value) { this.permission = value; return this; }
        public Builder<R> column(Column<R> value) { this.columns.add(value); return this; }
        public Builder<R> filter(ListFilter value) { this.filters.add(value); return this; }
        public Builder<R> defaultOrder(String sql) { this.defaultOrder = sql; return this; }
        public Builder<R> id(String sql, ToLongFunction<R> of) { this.idSql = sql; this.id = of; return this; }
        public Builder<R> peek(Function<R, String> value) { this.peek = value; return this; }
        public Builder<R> source(ListSource<R> value) { this.source = value; return this; }
        public Builder<R> pageSize(int value) { this.pageSize = value; return this; }

        /** The ids of the list's swap target and of its table, which pages and tests address. */
        public Builder<R> domIds(String list, String table) {
            this.domId = list;
            this.tableId = table;
            return this;
        }

        public ListDefinition<R> build() {
            return new ListDefinition<>(key, title, pageUrl, permission, columns, filters, defaultOrder, idSql, id, peek,
                    source, domId == null ? key.replace('.', '-') : domId,
                    tableId == null ? key.replace('.', '-') + "-table" : tableId, pageSize);
        }
    }
}
