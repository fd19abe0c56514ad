package com.jeweltrak.services.templates;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's job templates (03-services §8 R3): the 14 standard ones through the real seeding use case, and the CAD
 * template's stage sent to the demo's first vendor, as a shop with a CAD house would set it up.
 */
@Component
class JobTemplateDemoData implements DemoDataContributor {

    private final SeedingTheStandardTemplates seeding;
    private final JobTemplates templates;
    private final ChangingAJobTemplate changing;
    private final JdbcClient jdbc;

    JobTemplateDemoData(SeedingTheStandardTemplates seeding, JobTemplates templates, ChangingAJobTemplate changing,
                        JdbcClient jdbc) {
        this.seeding = seeding;
        this.templates = templates;
        this.changing = changing;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 490; // after contacts (vendors), before the work orders (500)
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        seeding.seed();
        ContactId vendor = jdbc.sql("select id from contact where is_vendor and merged_into_id is null order by id limit 1")
                .query((rs, n) -> new ContactId(rs.getLong(1))).optional().orElse(null);
        if (vendor == null) return;
        templates.all().stream().filter(t -> t.name().equals("Custom design — CAD modeling")).findFirst().ifPresent(t ->
                changing.change(t.id(), new JobTemplateDetails(t.name(), t.orderType(), t.description(), t.instructions(),
                        t.unitPrice(), t.warrantyDays(), t.rush(), t.promisedInDays(), t.sortOrder(), t.active(),
                        List.of(new JobTemplate.Stage("CAD model", vendor, new BigDecimal("150.00"),
                                "Model to the approved sketch and ring size.")))));
    }
}
