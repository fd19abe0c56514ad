package com.jeweltrak.services.demo;

import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.Lane;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's busy board (issue 9 point 5; 03-services §1). */
@IntegrationTest
class WorkOrderDemoDataTests {

    @Autowired TestTenants tenants;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired WorkOrders workOrders;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    // issue 9 point 5: every lane has jobs, some rush, some on hold, a few picked up (List only)
    @Test
    void theDemoFillsEveryLaneWithSomeRushAndSomePickedUp() {
        TestTenants.Tenant tenant = tenants.open("work-order-demo");
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        List<WorkOrder> made = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            contributors.stream().filter(c -> c.order() <= 100 || c instanceof WorkOrderDemoData)
                    .sorted(java.util.Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.contribute(demo, DemoSize.SMALL));
            return jdbc.sql("select id from work_order order by id").query(Long.class).list().stream()
                    .map(id -> workOrders.get(new WorkOrderId(id))).toList();
        }));
        assertThat(made).hasSize(WorkOrderDemoData.JOBS.size());
        assertThat(made).extracting(WorkOrder::lane).contains(Lane.IN_SHOP, Lane.IN_PROGRESS, Lane.READY_FOR_PICKUP,
                Lane.ON_HOLD, Lane.OFF_BOARD);
        assertThat(made).filteredOn(WorkOrder::rush).hasSizeGreaterThanOrEqualTo(3);
        assertThat(made).extracting(WorkOrder::status).filteredOn(s -> s == WorkOrderStatus.PICKED_UP).hasSize(3);
        assertThat(made).extracting(w -> w.daysInStage(java.time.Instant.now())).anyMatch(d -> d >= 3);
    }
}
