package com.jeweltrak.inventory.counts;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.numbering.NumberSequences;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a count freezes what the system expects (04-inventory §Inventory Count Overview R1, R2, R10): every
 * item of the store and family with something in stock, with its quantity, carats, cost and retail at that moment.
 */
@Service
public class StartingACount {

    private final JdbcClient jdbc;
    private final Stores stores;
    private final NumberSequences numbers;

    StartingACount(JdbcClient jdbc, Stores stores, NumberSequences numbers) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.numbers = numbers;
    }

    @Transactional
    public long start(StoreId store, Family family) {
        if (store == null || stores.find(store).isEmpty()) throw new BusinessRuleViolated("storeId", "Choose the store to count.");
        if (family == null) throw new BusinessRuleViolated("family", "Choose which items to count.");
        long number = numbers.next("inventory_count", 0);
        long id = jdbc.sql("""
                        insert into inventory_count (tenant_id, number, store_id, family, started_by)
                        values (jt_current_tenant(), ?, ?, ?, nullif(current_setting('app.user_id', true), '')::bigint)
                        returning id""")
                .params(number, store.value(), String.valueOf(family.code())).query(Long.class).single();
        // wait for movements being written right now, so the snapshot and its last movement ids agree
        jdbc.sql("select id from item where store_id = ? and family = ? and in_stock > 0 for share")
                .params(store.value(), String.valueOf(family.code())).query(Long.class).list();
        jdbc.sql("""
                        insert into inventory_count_line (tenant_id, count_id, item_id, expected_in_stock, expected_carats,
                                                          cost, retail_price, last_movement_id)
                        select jt_current_tenant(), ?, i.id, i.in_stock, i.carats, i.cost, i.retail_price,
                               coalesce((select max(m.id) from stock_movement m where m.item_id = i.id), 0)
                        from item i where i.store_id = ? and i.family = ? and i.in_stock > 0""")
                .params(id, store.value(), String.valueOf(family.code())).update();
        return id;
    }
}
