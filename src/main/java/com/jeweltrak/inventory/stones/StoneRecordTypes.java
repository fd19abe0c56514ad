package com.jeweltrak.inventory.stones;

import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the Audit Log calls the stone tables: both are filed under their item, so its History shows them. */
@Configuration(proxyBeanMethods = false)
class StoneRecordTypes {

    @Bean
    @Order(220)
    RecordType setStoneRecordType() {
        return new RecordType("set_stone", "Set stone", "item", "/inventory/items/{id}");
    }

    @Bean
    @Order(221)
    RecordType stoneCertificateRecordType() {
        return new RecordType("stone_certificate", "Stone certificate", "item", "/inventory/items/{id}");
    }
}
