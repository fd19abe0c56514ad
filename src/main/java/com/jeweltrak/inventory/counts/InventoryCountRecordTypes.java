package com.jeweltrak.inventory.counts;

import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the Audit Log calls the count tables; lines and scans are filed under their count. */
@Configuration(proxyBeanMethods = false)
class InventoryCountRecordTypes {

    @Bean
    @Order(230)
    RecordType inventoryCountRecordType() {
        return new RecordType("inventory_count", "Inventory count", null, "/inventory/counts/{id}");
    }

    @Bean
    @Order(231)
    RecordType inventoryCountLineRecordType() {
        return new RecordType("inventory_count_line", "Count snapshot line", null, null);
    }

    @Bean
    @Order(232)
    RecordType inventoryCountScanRecordType() {
        return new RecordType("inventory_count_scan", "Count scan", null, null);
    }
}
