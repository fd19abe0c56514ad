package com.jeweltrak.inventory;

import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each store's pricing multipliers (Pricing Multipliers R1); a store without a row has none (every level blank). */
@Repository
@Transactional(readOnly = true)
public class StorePriceMultipliers {

    private final JdbcClient jdbc;

    StorePriceMultipliers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PriceLadder of(StoreId store) {
        return jdbc.sql("""
                        select p1_multiplier, p2_multiplier, p2_base, p3_multiplier, p3_base, retail_multiplier, retail_base
                        from store_price_multipliers where store_id = ?""")
                .param(store.value())
                .query((rs, n) -> new PriceLadder(rs.getBigDecimal(1),
                        new PriceLadder.Step(rs.getBigDecimal(2), PriceLadder.Base.valueOf(rs.getString(3))),
                        new PriceLadder.Step(rs.getBigDecimal(4), PriceLadder.Base.valueOf(rs.getString(5))),
                        new PriceLadder.Step(rs.getBigDecimal(6), PriceLadder.Base.valueOf(rs.getString(7)))))
                .optional().orElse(PriceLadder.NONE);
    }

    @Transactional
    void save(StoreId store, PriceLadder ladder) {
        jdbc.sql("""
                        insert into store_price_multipliers (tenant_id, store_id, p1_multiplier, p2_multiplier, p2_base,
                                                             p3_multiplier, p3_base, retail_multiplier, retail_base)
                        values (jt_current_tenant(), :store, :p1, :p2, :p2_base, :p3, :p3_base, :retail, :retail_base)
                        on conflict (tenant_id, store_id) do update set p1_multiplier = excluded.p1_multiplier,
                            p2_multiplier = excluded.p2_multiplier, p2_base = excluded.p2_base,
                            p3_multiplier = excluded.p3_multiplier, p3_base = excluded.p3_base,
                            retail_multiplier = excluded.retail_multiplier, retail_base = excluded.retail_base""")
                .param("store", store.value())
                .param("p1", ladder.p1())
                .param("p2", ladder.p2().multiplier()).param("p2_base", ladder.p2().base().name())
                .param("p3", ladder.p3().multiplier()).param("p3_base", ladder.p3().base().name())
                .param("retail", ladder.retail().multiplier()).param("retail_base", ladder.retail().base().name())
                .update();
    }
}
