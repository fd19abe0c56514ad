package com.jeweltrak.platform.lists;

import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;

/** Where a list's rows come from: one page for the screen, or every matching row for an export. */
public interface ListSource<R> {

    Paged<R> page(ListQuery query);

    /** Every row matching the query, in its order, handed over one by one so an export never holds them all. */
    void each(ListQuery query, Consumer<? super R> row);
}
