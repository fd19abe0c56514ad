package com.jeweltrak.inventory.counts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An open count can be abandoned: it is kept, marked cancelled, and nothing reaches the stock. */
@Service
public class CancellingACount {

    private final JdbcClient jdbc;
    private final InventoryCounts counts;

    CancellingACount(JdbcClient jdbc, InventoryCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    @Transactional
    public void cancel(long countId) {
        InventoryCount count = counts.get(countId);
        String status = jdbc.sql("select status from inventory_count where id = ? for update").param(countId)
                .query(String.class).single();
        if (!InventoryCount.Status.OPEN.name().equals(status)) throw new CountIsClosed(count.title(), status);
        jdbc.sql("update inventory_count set status = 'CANCELLED', closed_at = now() where id = ?").param(countId).update();
    }
}
