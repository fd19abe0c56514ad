package com.jeweltrak.services.deposits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.pdf.HtmlPdf;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDeposit;
import com.jeweltrak.services.WorkOrderDeposits;
import com.jeweltrak.services.copies.Letterheads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable deposit receipt (03-services §3 R9): the store's letterhead, the customer, the job, the amount, the
 * method and its reference (labelled after the method, R3), the date, and what the job holds in deposits so far (R10).
 */
@Component
public class DepositReceipts {

    /** What the template prints. */
    public record Printed(com.jeweltrak.platform.pdf.Letterhead store, Letterheads.Party customer, String job, String item, long receipt,
                          LocalDate date, BigDecimal amount, String method, String referenceLabel, String reference,
                          String notes, String status, BigDecimal heldOnJob) {
    }

    private final ITemplateEngine templates;
    private final Letterheads letterheads;
    private final WorkOrderDeposits deposits;

    DepositReceipts(ITemplateEngine templates, Letterheads letterheads, WorkOrderDeposits deposits) {
        this.templates = templates;
        this.letterheads = letterheads;
        this.deposits = deposits;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(WorkOrder job, long depositId) {
        WorkOrderDeposit d = deposits.find(job.id(), depositId).orElseThrow(() -> new RecordNotFound("Deposit", depositId));
        Context context = new Context(Locale.US);
        context.setVariable("receipt", new Printed(letterheads.of(job.store()), letterheads.party(job.customer()),
                job.orderType().label() + " " + job.numberText(), job.item(), d.id(), d.takenOn(), d.amount(),
                d.method().label(), d.method().referenceLabel(), d.reference(), d.notes(), d.status().label(),
                deposits.held(job.id())));
        return HtmlPdf.render(templates.process("services/deposits/receipt", context));
    }
}
