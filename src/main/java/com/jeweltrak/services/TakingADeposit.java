package com.jeweltrak.services;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Take Deposit (03-services §3 R2–R4, R10): money on a repair or custom job before any invoice exists — more than 0,
 * by a method, with a reference (a check needs its number) and notes; several may be taken. Once the job is invoiced the
 * card is gone and payments go on the invoice (R1). The spec sets no ceiling: a deposit above the quote is taken, and
 * what the invoice does not need becomes credit on account (R7), so nothing is refused for it. A full card number is
 * never kept (a run of 12 or more digits is refused, as on invoices). The books hold it as the customer's deposit (R11).
 */
@Component
public class TakingADeposit {

    public record Request(BigDecimal amount, DepositMethod method, String reference, String notes) {
    }

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{12,}");

    private final WorkOrderWork work;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    TakingADeposit(WorkOrderWork work, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.work = work;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public long take(WorkOrderId id, Request r) {
        WorkOrder job = work.workOrders.lock(id);
        DepositRules.checkTakesDeposits(job, jdbc);
        if (r.amount() == null || r.amount().signum() <= 0) throw new BusinessRuleViolated("amount", "The deposit is more than 0.");
        if (r.method() == null) throw new BusinessRuleViolated("method", "Choose how the deposit is paid.");
        String reference = WorkOrderWork.blank(r.reference());
        String notes = WorkOrderWork.blank(r.notes());
        if (r.method() == DepositMethod.CHECK && reference == null) {
            throw new BusinessRuleViolated("reference", "Enter the check number.");
        }
        if (reference != null && reference.length() > 60) {
            throw new BusinessRuleViolated("reference", r.method().referenceLabel() + ": at most 60 characters.");
        }
        if (notes != null && notes.length() > 500) throw new BusinessRuleViolated("notes", "Notes: at most 500 characters.");
        for (String text : new String[] {reference, notes}) {
            if (text != null && CARD_NUMBER.matcher(text.replaceAll("[\\s-]", "")).find()) {
                throw new BusinessRuleViolated("reference", "Never enter a full card number: keep only the authorization code.");
            }
        }
        BigDecimal amount = r.amount().setScale(2, RoundingMode.HALF_UP); // decision 10: charged to the cent
        var date = work.today(job.store());
        long deposit = jdbc.sql("""
                        insert into work_order_deposit (tenant_id, work_order_id, amount, method, reference, notes, taken_on,
                                                        taken_at, taken_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), amount, r.method().name(), reference, notes, date, java.sql.Timestamp.from(work.now()),
                        work.actor() == null ? null : work.actor().value())
                .query(Long.class).single();
        events.publishEvent(new WorkOrderDepositTaken(TenantContext.requireTenant(), deposit, id, job.numberText(),
                job.store(), date, job.customer(), r.method(), amount));
        return deposit;
    }
}
