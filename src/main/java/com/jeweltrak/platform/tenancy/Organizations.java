package com.jeweltrak.platform.tenancy;

import java.util.Optional;

import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's organization record; row-level security shows no other. */
@Repository
@Transactional(readOnly = true)
public class Organizations {

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> current() {
        return jdbc.sql("""
                        select id, name, business_type, closed_through, open_memo_reminder_days,
                               birthday_anniversary_reminder_days, default_gold_cost, default_silver_cost,
                               default_gold_casting_labor_rate, gold_weight_unit
                        from tenant""")
                .query((rs, n) -> new Organization(new TenantId(rs.getLong(1)), rs.getString(2),
                        Organization.BusinessType.valueOf(rs.getString(3)),
                        rs.getObject(4, java.time.LocalDate.class), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), Organization.WeightUnit.valueOf(rs.getString(10))))
                .optional();
    }

    public Organization get() {
        return current().orElseThrow(() -> new RecordNotFound("Organization", TenantContext.currentTenant().orElse(null)));
    }

    @Transactional
    public void update(Organization o) {
        jdbc.sql("""
                        update tenant set name = ?, business_type = ?, closed_through = ?, open_memo_reminder_days = ?,
                               birthday_anniversary_reminder_days = ?, default_gold_cost = ?, default_silver_cost = ?,
                               default_gold_casting_labor_rate = ?, gold_weight_unit = ?
                        where id = ?""")
                .params(o.name().trim(), o.businessType().name(), o.closedThrough(), o.openMemoReminderDays(),
                        o.birthdayAnniversaryReminderDays(), o.defaultGoldCost(), o.defaultSilverCost(),
                        o.defaultGoldCastingLaborRate(), o.goldWeightUnit().name(), o.id().value())
                .update();
    }

    /** Reserves a new tenant id; the row itself is written as that tenant, as row-level security demands. */
    TenantId nextId() {
        return new TenantId(jdbc.sql("select nextval(pg_get_serial_sequence('tenant', 'id'))").query(Long.class).single());
    }

    void insert(TenantId id, String name) {
        jdbc.sql("insert into tenant (id, name) values (?, ?)").params(id.value(), name.trim()).update();
    }
}
