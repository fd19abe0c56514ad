package com.jeweltrak.services.appraisals;

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

/** The demo's appraisals (issue 9 §11; 03-services §13): finalized and draft, a revision, each purpose but Other. */
@IntegrationTest
class AppraisalDemoDataTests {

    @Autowired TestTenants tenants;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired Appraisals appraisals;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    // 03-services §13 R4, R6: a few appraisals, finalized and draft, one revising another; the search finds each
    @Test
    void theDemoHasAppraisalsFinalizedDraftAndRevised() {
        TestTenants.Tenant tenant = tenants.open("appraisal-demo");
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        List<Appraisal> made = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            contributors.stream().filter(c -> c.order() <= 100 || c instanceof AppraisalDemoData)
                    .sorted(java.util.Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.contribute(demo, DemoSize.SMALL));
            return jdbc.sql("select id from appraisal order by id").query(Long.class).list().stream()
                    .map(id -> appraisals.get(new AppraisalId(id))).toList();
        }));
        assertThat(made).hasSize(4);
        assertThat(made).extracting(Appraisal::status).containsExactly(AppraisalStatus.FINALIZED, AppraisalStatus.DRAFT,
                AppraisalStatus.FINALIZED, AppraisalStatus.DRAFT);
        assertThat(made.get(1).revises()).isEqualTo(made.get(0).id());
        assertThat(made.get(1).total()).isEqualByComparingTo("22500.00");
        Long indexed = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s ->
                jdbc.sql("select count(*) from search_entry where record_type = 'appraisal'").query(Long.class).single()));
        assertThat(indexed).isEqualTo(4);
    }
}
