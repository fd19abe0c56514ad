package com.jeweltrak.partnerships.demo;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The demo's co-owned items (issue 8): one active, one sold and owed, one reconciled with a changed payout. */
@IntegrationTest
class PartnershipDemoDataTests {

    @Autowired TestTenants tenants;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    // 02-sales §Partnerships R4, R7, R8: each state of the flow has an example
    @Test
    void theDemoHasAnActiveASoldAndAPaidPartnership() {
        TestTenants.Tenant tenant = tenants.open("partnership-demo");
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        List<String> statuses = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            contributors.stream().filter(c -> c.order() <= 100 || c instanceof PartnershipDemoData)
                    .sorted(java.util.Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.contribute(demo, DemoSize.SMALL));
            return jdbc.sql("select status from partnership order by id").query(String.class).list();
        }));
        assertThat(statuses).containsExactly("ACTIVE", "SOLD", "PAID");
        Long reasons = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> jdbc.sql(
                "select count(*) from reconciled_partnership_detail where adjustment_reason is not null").query(Long.class).single()));
        assertThat(reasons).isEqualTo(1);
    }
}
