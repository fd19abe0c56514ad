package com.jeweltrak.inventory;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jeweltrak.platform.search.SearchEntry;
import com.jeweltrak.platform.search.SearchIndex;
import com.jeweltrak.platform.search.SearchableType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An item as the global search finds it: by its StockID exactly (typed or scanned), by description,
 * category, serial and certificate number. One record type per family, each behind its family's View
 * permission, and each entry names its store (Search R7).
 */
@Component
public class ItemSearchEntries {

    private final SearchIndex index;
    private final ObjectProvider<Items> items;

    ItemSearchEntries(SearchIndex index, ObjectProvider<Items> items) {
        this.index = index;
        this.items = items;
    }

    @Configuration(proxyBeanMethods = false)
    static class Declaration {
        @Bean
        @Order(1)
        SearchableType jewelrySearchable() {
            return searchable(Family.JEWELRY);
        }

        @Bean
        @Order(2)
        SearchableType watchesSearchable() {
            return searchable(Family.WATCH);
        }

        @Bean
        @Order(3)
        SearchableType diamondsSearchable() {
            return searchable(Family.DIAMOND);
        }

        @Bean
        @Order(4)
        SearchableType coloredStonesSearchable() {
            return searchable(Family.COLORED_STONE);
        }

        @Bean
        @Order(5)
        SearchableType pearlsSearchable() {
            return searchable(Family.PEARL);
        }

        private static SearchableType searchable(Family family) {
            return new SearchableType(family.recordType(), family.label(), family.plural(), family.viewPermission(),
                    SearchableType.StoreRestriction.BY_ENTRY_STORE);
        }
    }

    void reindex(Item item) {
        String status = item.quantities().inStock().signum() > 0 ? "In stock"
                : item.quantities().onMemo().signum() > 0 ? "On memo" : "None in stock";
        index.index(new SearchEntry(item.family().recordType(), item.id().value(), item.store(), item.stockId(),
                item.description() == null ? item.family().label() + " — " + item.category() : item.description(),
                joined(" · ", item.family().label(), item.category()), status,
                joined(" ", item.identifiers().serialNumber(), item.identifiers().vendorInvoiceRef(), certificate(item))));
    }

    /** A restore wrote item rows past the repository: their entries follow, in its transaction. */
    @EventListener
    void restored(com.jeweltrak.platform.audit.RecordsRestored restored) {
        restored.idsIn("item").forEach(id -> items.getObject().find(new ItemId(id)).ifPresent(this::reindex));
    }

    private static String certificate(Item item) {
        return switch (item.details()) {
            case DiamondDetails d -> d.certNumber();
            case ColoredStoneDetails c -> joined(" ", c.species(), c.variety(), c.certNumber());
            case WatchDetails w -> joined(" ", w.brand(), w.model(), w.referenceNumber());
            default -> null;
        };
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(separator));
    }
}
