package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.InvoiceAmounts;
import com.jeweltrak.sales.InvoiceFinalized;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §AR R9: a finalized invoice enters AR for what is still owed; what tenders paid while it was Open
 * leaves customer deposits. Revenue by kind, the tax owed to the state (§Sales Tax R12, liability by invoice date)
 * and the cost of the goods that left inventory. A walk-in sale goes through AR without a customer: its tenders
 * clear it the same way, so the walk-in part of AR nets to zero (the reconciliation shows it if not).
 * <p>
 * Trade-ins (issue 7 point 6, 02-sales §Trade-In R5): the customer's piece comes into Inventory at its Trade Actual Value,
 * and the over-allowance (credit given − actual value) comes off Sales, so revenue is the honest price while AR still
 * holds what the customer owes after the full credit. An under-allowance (actual value above the credit) adds to Sales.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingInvoiceFinalized {

    private final Journal journal;

    PostingInvoiceFinalized(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(InvoiceFinalized event) {
        Postings.requireSameTenant(event.tenant());
        InvoiceAmounts a = event.amounts();
        journal.post(Posting.of(event.date(), event.store(), Postings.INVOICE, event.invoice().value(), event.number(),
                        Postings.INVOICE_FINALIZED, "Invoice " + event.number() + " finalized")
                .aboutInvoice(event.invoice().value())
                .debit(SystemAccount.AR, a.total().subtract(event.paidBefore()), event.customer())
                .debit(SystemAccount.CUSTOMER_DEPOSITS, event.paidBefore(), event.customer())
                .credit(SystemAccount.SALES, a.merchandise().add(a.nonStock()))
                .credit(SystemAccount.SERVICE_REVENUE, a.services())
                // 08 §Gift Cards R8: a gift card sold is owed to its holder until redeemed — never revenue, never taxed
                .credit(SystemAccount.GIFT_CARD_LIABILITY, a.giftCards())
                .credit(SystemAccount.FREIGHT_INCOME, a.freight())
                .credit(SystemAccount.SALES_TAX_PAYABLE, a.tax())
                .debit(SystemAccount.COGS, a.costOfGoods())
                .credit(SystemAccount.INVENTORY, a.costOfGoods())
                .debit(SystemAccount.INVENTORY, a.tradeInValue())
                .debit(SystemAccount.SALES, a.tradeInOverAllowance()));
    }
}
