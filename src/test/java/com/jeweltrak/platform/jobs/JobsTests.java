package com.jeweltrak.platform.jobs;

import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerState;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Background jobs (design §2 jobs): db-scheduler on PostgreSQL, started with the application. */
@IntegrationTest
class JobsTests {

    @Autowired Scheduler scheduler;
    @Autowired JdbcClient jdbc;
    @Autowired TenantsForJobs tenants;
    @Autowired TestTenants testTenants;

    @Test
    void theSchedulerRunsOnceTheApplicationIsReady() {
        SchedulerState state = scheduler.getSchedulerState();
        assertThat(state.isStarted()).isTrue();
        assertThat(state.isShuttingDown()).isFalse();
    }

    @Test
    void recurringTasksAreScheduledInTheirTable() {
        List<String> names = jdbc.sql("select task_name from scheduled_tasks").query(String.class).list();
        assertThat(names).contains("mail-delivery");
    }

    @Test
    void jobsCanListEveryTenantThoughTheApplicationRoleSeesNoTenantsRows() {
        // common rules: background work finds tenants through a security definer function, then runs as each
        TestTenants.Tenant tenant = testTenants.open("jobs");
        List<TenantId> all = tenants.all();
        assertThat(all).contains(tenant.id());
        assertThat(jdbc.sql("select count(*) from tenant").query(Long.class).single())
                .as("without a tenant set the application role reads no tenant").isZero();
    }
}
