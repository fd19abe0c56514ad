package com.jeweltrak.accounting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.PeriodClose;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Period Close (08-accounting §Period Close): set, move or clear Closed Through. Only an admin (R6);
 * every change is logged with the previous date, who and when (and the tenant row's audit trail has it too).
 * Closing further runs the sanity check first (R5). Settings → Organization goes through here as well.
 */
@Service
@Transactional
public class ClosingThePeriod implements PeriodClose {

    /** One line of the close log. */
    public record LogEntry(LocalDate previousDate, LocalDate newDate, String acknowledged, String changedBy,
                           Instant changedAt) {
    }

    private final Organizations organizations;
    private final List<PeriodClose.Check> checks;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClosingThePeriod(Organizations organizations, List<PeriodClose.Check> checks, JdbcClient jdbc, Clock clock) {
        this.organizations = organizations;
        this.checks = checks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LocalDate closedThrough() {
        return organizations.get().closedThrough();
    }

    /** R5: what the modules want looked at in the period up to the date. */
    @Transactional(readOnly = true)
    public List<PeriodClose.Check.Attention> sanityCheck(LocalDate closedThrough) {
        if (closedThrough == null) return List.of();
        return checks.stream().flatMap(c -> c.attentionThrough(closedThrough).stream()).filter(a -> a.count() > 0).toList();
    }

    @Override
    @PreAuthorize("hasAuthority('CanManageUsers')")
    public void moveClosedThrough(LocalDate closedThrough, boolean acknowledged) {
        Organization current = organizations.get();
        LocalDate previous = current.closedThrough();
        if (Objects.equals(previous, closedThrough)) return;
        if (closedThrough != null && closedThrough.isAfter(LocalDate.now(clock))) {
            // a future date would lock today's sales before they happen
            throw new BusinessRuleViolated("closedThrough", "Closed Through cannot be after today.");
        }
        boolean closingFurther = closedThrough != null && (previous == null || closedThrough.isAfter(previous));
        List<PeriodClose.Check.Attention> attention = closingFurther ? sanityCheck(closedThrough) : List.of();
        if (!attention.isEmpty() && !acknowledged) throw new PeriodHasOpenItems(attention);
        organizations.update(new Organization(current.id(), current.name(), current.businessType(), closedThrough,
                current.openMemoReminderDays(), current.birthdayAnniversaryReminderDays(), current.defaultGoldCost(),
                current.defaultSilverCost(), current.defaultGoldCastingLaborRate(), current.goldWeightUnit()));
        jdbc.sql("""
                        insert into period_close_log (tenant_id, previous_date, new_date, acknowledged, changed_by)
                        values (?, ?, ?, ?, ?)""")
                .params(current.id().value(), previous, closedThrough,
                        attention.isEmpty() ? null : new PeriodHasOpenItems(attention).getMessage(),
                        TenantContext.current().map(TenantContext.Actor::user).map(UserId::value).orElse(null))
                .update();
    }

    @Transactional(readOnly = true)
    public List<LogEntry> log() {
        return jdbc.sql("""
                        select l.previous_date, l.new_date, l.acknowledged,
                               coalesce(trim(concat_ws(' ', u.first_name, u.last_name)), 'System'), l.changed_at
                        from period_close_log l
                        left join app_user u on u.tenant_id = l.tenant_id and u.id = l.changed_by
                        order by l.changed_at desc, l.id desc limit 50""")
                .query((rs, n) -> new LogEntry(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }
}
