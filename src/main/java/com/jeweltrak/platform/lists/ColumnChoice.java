package com.jeweltrak.platform.lists;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's choice of columns for one list, as saved: the columns they showed and the ones they hid
 * when they last used the Columns menu. Keeping both is what lets a column added in a later release
 * appear with its default (R8) instead of counting as "not ticked".
 */
public record ColumnChoice(Set<String> visible, Set<String> hidden) {

    public ColumnChoice {
        visible = Set.copyOf(visible);
        hidden = Set.copyOf(hidden);
    }

    /**
     * The choice made by ticking {@code ticked} in the menu of {@code definition}: keys the list does
     * not have are dropped (R8), and the identifying column stays shown whatever was sent (R5).
     */
    public static ColumnChoice ticked(ListDefinition<?> definition, Collection<String> ticked) {
        Set<String> visible = new LinkedHashSet<>();
        Set<String> hidden = new LinkedHashSet<>();
        for (Column<?> column : definition.columns()) {
            if (!column.hideable() || (ticked != null && ticked.contains(column.key()))) visible.add(column.key());
            else hidden.add(column.key());
        }
        return new ColumnChoice(visible, hidden);
    }

    /**
     * The columns to show, in the definition's order: the saved choice where it names a column, the
     * column's default where it does not (a new column, or no choice saved: {@code saved} null), and
     * the identifying column always (R5). Saved keys of removed columns are simply never looked at (R8).
     */
    public static <R> List<Column<R>> shown(ListDefinition<R> definition, ColumnChoice saved) {
        return definition.columns().stream().filter(c -> isShown(c, saved)).toList();
    }

    static boolean isShown(Column<?> column, ColumnChoice saved) {
        if (!column.hideable()) return true;
        if (saved != null && saved.visible().contains(column.key())) return true;
        if (saved != null && saved.hidden().contains(column.key())) return false;
        return column.defaultVisible();
    }
}
