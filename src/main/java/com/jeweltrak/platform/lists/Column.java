package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One column of a list (01-navigation §Show &amp; hide list columns, column catalogue): its key, label,
 * whether it shows by default and may be hidden, how it sorts and how a cell renders. The sort
 * expressions are SQL written by the module, never anything a caller sent.
 *
 * @param value what the cell shows and exports; a {@link Number} stays a number in Excel
 * @param link  where the cell's text links to, or null
 * @param badge the CSS class of a badge around the text (a status), or null
 * @param marks small badges beside the text, worked out per page of rows, or null
 */
public record Column<R>(String key, String label, boolean defaultVisible, boolean hideable, List<String> sortSql,
                        Function<? super R, ?> value, Function<? super R, String> link,
                        Function<? super R, String> badge, boolean alignRight, CellMarks<R> marks) {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

    public Column {
        Objects.requireNonNull(value, "value");
        if (key == null || !KEY.matcher(key).matches()) throw new IllegalArgumentException("Bad column key: " + key);
        sortSql = List.copyOf(sortSql);
    }

    public static <R> Column<R> of(String key, String label, Function<? super R, ?> value) {
        return new Column<>(key, label, true, true, List.of(), value, null, null, false, null);
    }

    /** Rule R5: the column that names the record is always shown. */
    public Column<R> identifying() {
        return new Column<>(key, label, true, false, sortSql, value, link, badge, alignRight, marks);
    }

    public Column<R> hiddenByDefault() {
        return new Column<>(key, label, false, hideable, sortSql, value, link, badge, alignRight, marks);
    }

    /** Sortable by these SQL expressions (each gets the direction), in this order. */
    public Column<R> sortedBy(String... sql) {
        return new Column<>(key, label, defaultVisible, hideable, List.of(sql), value, link, badge, alignRight, marks);
    }

    public Column<R> linkedTo(Function<? super R, String> to) {
        return new Column<>(key, label, defaultVisible, hideable, sortSql, value, to, badge, alignRight, marks);
    }

    public Column<R> badge(Function<? super R, String> cssClass) {
        return new Column<>(key, label, defaultVisible, hideable, sortSql, value, link, cssClass, alignRight, marks);
    }

    /** Marks beside the cell's text, asked for once per page of rows. */
    public Column<R> marked(CellMarks<R> pageMarks) {
        return new Column<>(key, label, defaultVisible, hideable, sortSql, value, link, badge, alignRight, pageMarks);
    }

    public Column<R> right() {
        return new Column<>(key, label, defaultVisible, hideable, sortSql, value, link, badge, true, marks);
    }

    public boolean sortable() {
        return !sortSql.isEmpty();
    }

    public Object valueOf(R row) {
        return value.apply(row);
    }

    public String textOf(R row) {
        Object v = value.apply(row);
        return v == null ? "" : v.toString();
    }

    public String linkOf(R row) {
        return link == null ? null : link.apply(row);
    }

    public String badgeOf(R row) {
        return badge == null ? null : badge.apply(row);
    }
}
