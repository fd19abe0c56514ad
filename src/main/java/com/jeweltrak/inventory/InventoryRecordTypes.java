package com.jeweltrak.inventory;

import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * What the Audit Log calls inventory's tables. A family's attribute row is keyed by its item's id, so it is
 * filed under the item: an item's History shows its shared and its family fields together.
 */
@Configuration(proxyBeanMethods = false)
class InventoryRecordTypes {

    @Bean
    @Order(200)
    RecordType itemRecordType() {
        return new RecordType("item", "Item", null, "/inventory/items/{id}");
    }

    @Bean
    @Order(201)
    RecordType jewelryRecordType() {
        return family("item_jewelry", "Jewelry details");
    }

    @Bean
    @Order(202)
    RecordType watchRecordType() {
        return family("item_watch", "Watch details");
    }

    @Bean
    @Order(203)
    RecordType diamondRecordType() {
        return family("item_diamond", "Diamond details");
    }

    @Bean
    @Order(204)
    RecordType coloredStoneRecordType() {
        return family("item_colored_stone", "Colored stone details");
    }

    @Bean
    @Order(205)
    RecordType pearlRecordType() {
        return family("item_pearl", "Pearl details");
    }

    @Bean
    @Order(206)
    RecordType stockMovementRecordType() {
        return new RecordType("stock_movement", "Stock movement", null, null);
    }

    @Bean
    @Order(207)
    RecordType priceMultipliersRecordType() {
        return new RecordType("store_price_multipliers", "Price multipliers", "store", "/settings/stores/{id}/multipliers");
    }

    private static RecordType family(String table, String label) {
        return new RecordType(table, label, "item", "/inventory/items/{id}");
    }
}
