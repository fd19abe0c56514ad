package com.jeweltrak.inventory.bulk;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files the audit entries of the current transaction under one request id naming the bulk operation
 * ({@code bulk-price-change-…}), so every item's History entry shows it was changed by a bulk update and all
 * entries of one run can be found together (04-inventory §Bulk Actions R10; Pricing Multipliers R9). The audit
 * trigger reads {@code app.request_id}, which lives until the transaction ends (set_config … true).
 */
@Component
class BulkAudit {

    static final String PREFIX = "bulk-";

    private final JdbcClient jdbc;

    BulkAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String mark(String operation) {
        String id = PREFIX + operation + "-" + UUID.randomUUID();
        jdbc.sql("select set_config('app.request_id', ?, true)").param(id).query(String.class).single();
        return id;
    }
}
