package com.jeweltrak.services.templates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A new job template of the tenant's (03-services §8 R2), with its default stages. */
@Component
public class AddingAJobTemplate {

    private final JobTemplateWork work;
    private final JdbcClient jdbc;

    AddingAJobTemplate(JobTemplateWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public JobTemplateId add(JobTemplateDetails t) {
        work.check(t, null);
        long id = jdbc.sql("""
                        insert into job_template (tenant_id, name, order_type, description, instructions, unit_price,
                                                  warranty_days, rush, promised_in_days, sort_order, active)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(t.name().strip(), JobTemplateWork.orderType(t), JobTemplateWork.blank(t.description()),
                        JobTemplateWork.blank(t.instructions()), t.unitPrice(), t.warrantyDays(), t.rush(),
                        t.promisedInDays(), t.sortOrder() == null ? 100 : t.sortOrder(), t.active())
                .query(Long.class).single();
        JobTemplateId templateId = new JobTemplateId(id);
        work.writeStages(templateId, t.stages());
        return templateId;
    }
}
