package com.jeweltrak.sales.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * issue 12 §2 (the benchmark found the invoice list loading every invoice whole, ≈ 250 statements a page): the rows
 * a page reads in one statement are the rows the invoices themselves give — total, balance after tenders, voids,
 * moved credit and write-offs, names — for every invoice of the whole demo (open, finalized, paid, part-paid,
 * voided, written off, two stores, walk-ins).
 */
@IntegrationTest
class InvoiceListRowsTests {

    // 02-sales §Invoice list R2 + 08 "Invoice Balance": the list shows what the invoice says
    @Test
    void aPagesRowsReadInOneStatementAreTheInvoicesOwnFigures(@Autowired TestTenants tenants,
                                                              @Autowired List<DemoDataContributor> contributors,
                                                              @Autowired TransactionTemplate transactions,
                                                              @Autowired JdbcClient jdbc, @Autowired InvoiceRows rows) {
        TestTenants.Tenant tenant = tenants.open("invoice-rows");
        List<StoreId> stores = List.of(tenant.store(), tenants.addStore(tenant, "Oak Mall"));
        DemoTenant demo = new DemoTenant(tenant.id(), stores, Map.of("owner@demo.test", tenant.owner().id()));
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s ->
                contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                        .forEach(c -> c.contribute(demo, DemoSize.SMALL))));

        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s -> {
            List<Long> ids = jdbc.sql("select id from invoice order by id").query(Long.class).list();
            assertThat(jdbc.sql("select count(distinct status) from invoice").query(Long.class).single()).isEqualTo(3);
            List<InvoiceRow> inOneStatement = rows.rows(ids);
            for (int i = 0; i < ids.size(); i++) {
                InvoiceRow whole = rows.row(ids.get(i));
                InvoiceRow read = inOneStatement.get(i);
                assertThat(read).as("invoice id " + ids.get(i)).usingRecursiveComparison()
                        .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                        .isEqualTo(whole);
            }
        }));
    }
}
