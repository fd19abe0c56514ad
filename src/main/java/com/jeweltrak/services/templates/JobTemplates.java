package com.jeweltrak.services.templates;

import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.services.OrderType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's job templates as stored (03-services §8), each with its default stages in order. */
@Component
public class JobTemplates {

    private static final String SELECT = """
            select id, name, order_type, description, instructions, unit_price, warranty_days, rush, promised_in_days,
                   sort_order, active
            from job_template""";

    private final JdbcClient jdbc;

    JobTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every template, the settings page's order: §8 R6 — sort order ascending, then name (inferred tie-break). */
    @Transactional(readOnly = true)
    public List<JobTemplate> all() {
        return jdbc.sql(SELECT + " order by sort_order, lower(name), id").query((rs, n) -> read(rs)).list().stream()
                .map(this::withStages).toList();
    }

    /** §8 R6: the intake picker — active templates of this order type or Any, in the same order. */
    @Transactional(readOnly = true)
    public List<JobTemplate> forIntake(OrderType type) {
        return all().stream().filter(JobTemplate::active).filter(t -> type == null || t.fits(type)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<JobTemplate> find(JobTemplateId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query((rs, n) -> read(rs)).optional().map(this::withStages);
    }

    @Transactional(readOnly = true)
    public JobTemplate get(JobTemplateId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Job template", id));
    }

    private JobTemplate withStages(JobTemplate t) {
        List<JobTemplate.Stage> stages = jdbc.sql("""
                        select name, vendor_id, expected_cost, instructions from job_template_stage
                        where template_id = ? order by position""")
                .param(t.id().value())
                .query((rs, n) -> new JobTemplate.Stage(rs.getString("name"),
                        rs.getObject("vendor_id", Long.class) == null ? null : new ContactId(rs.getLong("vendor_id")),
                        rs.getBigDecimal("expected_cost"), rs.getString("instructions")))
                .list();
        return new JobTemplate(t.id(), t.name(), t.orderType(), t.description(), t.instructions(), t.unitPrice(),
                t.warrantyDays(), t.rush(), t.promisedInDays(), t.sortOrder(), t.active(), stages);
    }

    private static JobTemplate read(java.sql.ResultSet rs) throws java.sql.SQLException {
        String type = rs.getString("order_type");
        return new JobTemplate(new JobTemplateId(rs.getLong("id")), rs.getString("name"),
                JobTemplate.ANY.equals(type) ? null : OrderType.of(type), rs.getString("description"),
                rs.getString("instructions"), rs.getBigDecimal("unit_price"), rs.getObject("warranty_days", Integer.class),
                rs.getBoolean("rush"), rs.getObject("promised_in_days", Integer.class), rs.getInt("sort_order"),
                rs.getBoolean("active"), List.of());
    }
}
