package com.jeweltrak.services.templates;

import java.util.Comparator;
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

/** The demo's job templates (issue 9 point 8; 03-services §8 R3). */
@IntegrationTest
class JobTemplateDemoDataTests {

    @Autowired TestTenants tenants;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired JobTemplates templates;
    @Autowired TransactionTemplate transactions;

    // issue 9 point 8: ring sizing, prong tightening, soldering and custom design, with the CAD stage sent to a vendor
    @Test
    void theDemoHasTheStandardTemplatesWithAVendorOnTheCadStage() {
        TestTenants.Tenant tenant = tenants.open("job-template-demo");
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        List<JobTemplate> made = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            contributors.stream().filter(c -> c.order() <= 100 || c instanceof JobTemplateDemoData)
                    .sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.contribute(demo, DemoSize.SMALL));
            return templates.all();
        }));
        assertThat(made).hasSize(14).extracting(JobTemplate::name)
                .contains("Ring sizing — up", "Prong tightening / re-tipping", "Chain repair / solder", "Custom design — CAD modeling");
        JobTemplate cad = made.stream().filter(t -> t.name().equals("Custom design — CAD modeling")).findFirst().orElseThrow();
        assertThat(cad.stages()).hasSize(1);
        assertThat(cad.stages().getFirst().vendor()).isNotNull();
    }
}
