package com.jeweltrak.inventory.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMALL demo stock made in a fresh tenant of two stores, after the contacts demo (order 100) made the
 * vendors it buys from — as the demo start runs them.
 */
@IntegrationTest
class InventoryDemoDataTests {

    static TestTenants.Tenant tenant;

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void makeTheDemoStock(@Autowired TestTenants tenants, @Autowired List<DemoDataContributor> contributors,
                                 @Autowired InventoryDemoData inventory, @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("inventory-demo");
        var mall = tenants.addStore(tenant, "Demo Mall");
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store(), mall), Map.of("owner", tenant.owner().id()));
        DemoDataContributor contacts = contributors.stream().filter(c -> c.order() == 100).findFirst().orElseThrow();
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s -> {
            contacts.contribute(demo, DemoSize.SMALL);
            inventory.contribute(demo, DemoSize.SMALL);
        }));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    // 04-inventory §0 ItemType: all five families, in the numbers the demo promises
    @Test
    void everyFamilyIsInTheDemoStock() {
        Map<String, Long> byFamily = as(() -> jdbc.sql("select family, count(*) from item group by family")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(byFamily).containsExactlyInAnyOrderEntriesOf(Arrays.stream(Family.values()).collect(
                java.util.stream.Collectors.toMap(f -> String.valueOf(f.code()), f -> (long) InventoryDemoData.count(f, DemoSize.SMALL))));
    }

    // design §4, 11-utilities §Quantity Reconciliation: every stored quantity (and stone weight) is the sum of its movements
    @Test
    void everyStoredQuantityIsTheSumOfItsMovements() {
        long mismatched = as(() -> jdbc.sql("""
                        select count(*) from item i
                        left join (select item_id, sum(in_stock_delta) s, sum(on_memo_delta) m, sum(carats_delta) c
                                   from stock_movement group by item_id) x on x.item_id = i.id
                        where i.in_stock <> coalesce(x.s, 0) or i.on_memo <> coalesce(x.m, 0)
                           or (i.carats is not null and i.carats <> coalesce(x.c, 0))""")
                .query(Long.class).single());
        assertThat(mismatched).isZero();
    }

    // demo brief: the lists show sold and in-stock items; sales are SALE movements with the demo's reason
    @Test
    void aShareOfTheStockIsSoldThroughTheLedger() {
        long soldOut = as(() -> jdbc.sql("select count(*) from item where in_stock = 0").query(Long.class).single());
        long sales = as(() -> jdbc.sql("select count(*) from stock_movement where kind = 'SALE' and reason = ?")
                .param(InventoryDemoData.SALE_REASON).query(Long.class).single());
        long items = as(() -> jdbc.sql("select count(*) from item").query(Long.class).single());
        assertThat(sales).isBetween(items / 10, items / 3);
        assertThat(soldOut).isPositive().isLessThanOrEqualTo(sales);
    }

    // issue 5 (bad input): one certificate number per lab, across diamonds and colored stones alike
    @Test
    void certificateNumbersAreUniquePerLab() {
        List<String> repeated = as(() -> jdbc.sql("""
                        select lab || ' ' || upper(cert_number) from (
                            select lab, cert_number from item_diamond where cert_number is not null
                            union all select lab, cert_number from item_colored_stone where cert_number is not null) c
                        group by lab, upper(cert_number) having count(*) > 1""")
                .query(String.class).list());
        long certified = as(() -> jdbc.sql("select count(*) from item_diamond where cert_number is not null")
                .query(Long.class).single());
        assertThat(repeated).isEmpty();
        assertThat(certified).isGreaterThan(500);
    }

    // 04-inventory §Adding Inventory Items R5, decision 12: StockIDs from 1001 on, one after another
    @Test
    void stockIdsAreConsecutiveFromTheFirst() {
        List<Long> range = as(() -> jdbc.sql("select min(stock_number), max(stock_number), count(*) from item")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single());
        assertThat(range.get(0)).isEqualTo(1001);
        assertThat(range.get(1) - range.get(0) + 1).isEqualTo(range.get(2));
    }

    // Unified Contacts R7: every demo item's vendor is a contact in the Vendor role
    @Test
    void everyItemIsBoughtFromAVendor() {
        long withoutVendor = as(() -> jdbc.sql("""
                        select count(*) from item i left join contact c on c.tenant_id = i.tenant_id and c.id = i.vendor_id
                        where c.id is null or not c.is_vendor""")
                .query(Long.class).single());
        assertThat(withoutVendor).isZero();
    }
}
