package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;

/** A small list definition over plain records, for the unit tests of the list component. */
final class TestLists {

    record Gem(long id, String stockId, String kind, String price, String vendor) {
    }

    static final ListSource<Gem> NO_ROWS = new ListSource<>() {
        @Override
        public Paged<Gem> page(ListQuery query) {
            return new Paged<>(List.of(), query.page(), query.size(), 0);
        }

        @Override
        public void each(ListQuery query, Consumer<? super Gem> row) {
        }
    };

    private TestLists() {
    }

    static ListDefinition.Builder<Gem> gems() {
        return ListDefinition.builder("inventory.gems", Gem.class)
                .title("Gems")
                .pageUrl("/inventory/gems")
                .column(Column.<Gem>of("stockId", "StockID", Gem::stockId).identifying().sortedBy("g.stock_id"))
                .column(Column.<Gem>of("kind", "Kind", Gem::kind).sortedBy("lower(g.kind)"))
                .column(Column.<Gem>of("vendor", "Vendor", Gem::vendor).hiddenByDefault())
                .column(Column.<Gem>of("price", "Price", Gem::price).sortedBy("g.price", "g.cost").right())
                .filter(ListFilter.of("status", "Status", "All",
                        new ListFilter.Option("memo", "On memo", "g.on_memo"),
                        new ListFilter.Option("stock", "In stock", "not g.on_memo")))
                .defaultOrder("g.received_on desc")
                .id("g.id", Gem::id)
                .source(NO_ROWS);
    }
}
