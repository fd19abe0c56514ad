package com.jeweltrak.inventory.styles;

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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's style catalog, made after the contacts demo's vendors (04-inventory §Style Catalog). */
@IntegrationTest
class StyleDemoDataTests {

    @Autowired TestTenants tenants;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired StyleDemoData demo;
    @Autowired Styles styles;
    @Autowired TransactionTemplate transactions;

    // R2, R10: the demo has house designs with vendors, and one retired style that the picker does not offer
    @Test
    void demoCatalogHasActiveStylesWithVendorsAndOneRetired() {
        TestTenants.Tenant tenant = tenants.open("style-demo");
        DemoTenant demoTenant = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        DemoDataContributor contacts = contributors.stream().filter(c -> c.order() == 100).findFirst().orElseThrow();
        var catalog = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            contacts.contribute(demoTenant, DemoSize.SMALL);
            demo.contribute(demoTenant, DemoSize.SMALL);
            return styles.page(null, true, 0, 50);
        }));
        assertThat(catalog.totalElements()).isEqualTo(8);
        assertThat(catalog.content()).filteredOn(s -> !s.active()).extracting(Style::styleNumber).containsExactly("JT-R090");
        assertThat(catalog.content()).allMatch(s -> s.vendor() != null);
    }
}
