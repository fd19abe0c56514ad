package com.jeweltrak.services.templates;

import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A template edited (03-services §8 R2). Jobs already taken in from it keep what they were filled with: a template
 * only pre-fills (R7).
 */
@Component
public class ChangingAJobTemplate {

    private final JobTemplateWork work;
    private final JdbcClient jdbc;

    ChangingAJobTemplate(JobTemplateWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(JobTemplateId id, JobTemplateDetails t) {
        work.check(t, id);
        int changed = jdbc.sql("""
                        update job_template set name = ?, order_type = ?, description = ?, instructions = ?, unit_price = ?,
                               warranty_days = ?, rush = ?, promised_in_days = ?, sort_order = ?, active = ?
                        where id = ?""")
                .params(t.name().strip(), JobTemplateWork.orderType(t), JobTemplateWork.blank(t.description()),
                        JobTemplateWork.blank(t.instructions()), t.unitPrice(), t.warrantyDays(), t.rush(),
                        t.promisedInDays(), t.sortOrder() == null ? 100 : t.sortOrder(), t.active(), id.value())
                .update();
        if (changed == 0) throw new RecordNotFound("Job template", id);
        work.writeStages(id, t.stages());
    }
}
