package com.jeweltrak.sales.memos;

import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's memos (issue 7 §7): open memos of various ages, one partly returned, stock on memo through the ledger. */
@IntegrationTest
class MemoDemoDataTests {

    @Autowired TestTenants tenants;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired Memos memos;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    // issue 7 §7: memos of several ages, one partly returned, one partly and one wholly converted to an invoice; the
    // items' On Memo equals what the memos have out
    @Test
    void theDemoHasOpenMemosOfVariousAgesSomeReturnedOrConverted() {
        TestTenants.Tenant tenant = tenants.open("memo-demo");
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        List<Memo> made = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            contributors.stream().filter(c -> c.order() <= 200 || c instanceof MemoDemoData)
                    .sorted(java.util.Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.contribute(demo, DemoSize.SMALL));
            return jdbc.sql("select id from memo order by id").query(Long.class).list().stream()
                    .map(id -> memos.get(new MemoId(id))).toList();
        }));
        assertThat(made).hasSize(MemoDemoData.AGES.length);
        assertThat(made).extracting(Memo::date).doesNotHaveDuplicates();
        assertThat(made).extracting(Memo::pill).containsOnly(MemoPill.OPEN, MemoPill.PARTIAL, MemoPill.INVOICED);
        assertThat(made).extracting(Memo::pill).filteredOn(p -> p == MemoPill.PARTIAL).hasSize(2);
        assertThat(made).extracting(Memo::pill).filteredOn(p -> p == MemoPill.INVOICED).hasSize(1);
        java.math.BigDecimal out = made.stream().map(m -> m.counts().out()).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        java.math.BigDecimal onMemo = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s ->
                jdbc.sql("select coalesce(sum(on_memo), 0) from item").query(java.math.BigDecimal.class).single()));
        assertThat(onMemo).isEqualByComparingTo(out);
        // the top search finds them too (MemoChanged keeps the entries current, whoever made the memo)
        Long indexed = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s ->
                jdbc.sql("select count(*) from search_entry where record_type = 'memo'").query(Long.class).single()));
        assertThat(indexed).isEqualTo(MemoDemoData.AGES.length);
    }
}
