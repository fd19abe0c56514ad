package com.jeweltrak.services.templates;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What adding and changing a template share: its rules (03-services §8) and writing its stages. */
@Component
class JobTemplateWork {

    static final int LONGEST_WARRANTY = 3660;

    private final JdbcClient jdbc;
    private final ContactRoles roles;

    JobTemplateWork(JdbcClient jdbc, ContactRoles roles) {
        this.jdbc = jdbc;
        this.roles = roles;
    }

    void check(JobTemplateDetails t, JobTemplateId self) {
        if (t.name() == null || t.name().isBlank()) throw new BusinessRuleViolated("name", "Name the template.");
        if (t.name().strip().length() > 200) throw new BusinessRuleViolated("name", "A template's name is at most 200 characters.");
        boolean taken = jdbc.sql("select exists (select 1 from job_template where lower(name) = lower(?) and id <> ?)")
                .params(t.name().strip(), self == null ? -1 : self.value()).query(Boolean.class).single();
        if (taken) throw new BusinessRuleViolated("name", "There is already a template named " + t.name().strip() + ".");
        if (t.unitPrice() != null && t.unitPrice().signum() < 0) {
            throw new BusinessRuleViolated("unitPrice", "The price cannot be negative.");
        }
        if (t.warrantyDays() != null && (t.warrantyDays() < 0 || t.warrantyDays() > LONGEST_WARRANTY)) {
            throw new BusinessRuleViolated("warrantyDays", "The warranty is 0 to " + LONGEST_WARRANTY + " days (0: no warranty).");
        }
        if (t.promisedInDays() != null && (t.promisedInDays() < 0 || t.promisedInDays() > 365)) {
            throw new BusinessRuleViolated("promisedInDays", "Promise the job 0 to 365 days after intake.");
        }
        for (JobTemplate.Stage s : t.stages()) {
            if (s.name() == null || s.name().isBlank()) throw new BusinessRuleViolated("stages", "Name every stage.");
            if (s.expectedCost() != null && s.expectedCost().signum() < 0) {
                throw new BusinessRuleViolated("stages", "A stage's expected cost cannot be negative.");
            }
            if (s.vendor() != null) {
                try {
                    roles.ensure(s.vendor(), ContactRole.VENDOR);
                } catch (RecordNotFound e) {
                    throw new BusinessRuleViolated("stages", "There is no such vendor.");
                }
            }
        }
    }

    void writeStages(JobTemplateId id, java.util.List<JobTemplate.Stage> stages) {
        jdbc.sql("delete from job_template_stage where template_id = ?").param(id.value()).update();
        int position = 0;
        for (JobTemplate.Stage s : stages) {
            jdbc.sql("""
                            insert into job_template_stage (tenant_id, template_id, position, name, vendor_id, expected_cost, instructions)
                            values (jt_current_tenant(), ?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), ++position, s.name().strip(), s.vendor() == null ? null : s.vendor().value(),
                            s.expectedCost(), blank(s.instructions()))
                    .update();
        }
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String orderType(JobTemplateDetails t) {
        return t.orderType() == null ? JobTemplate.ANY : t.orderType().value();
    }
}
