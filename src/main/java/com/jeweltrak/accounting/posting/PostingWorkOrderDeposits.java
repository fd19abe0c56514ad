package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.services.DepositMethod;
import com.jeweltrak.services.WorkOrderDepositReturned;
import com.jeweltrak.services.WorkOrderDepositTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 03-services §3 R11: a work-order deposit is neither revenue nor AR — taking it debits the tender's account and credits
 * Customer deposits in the customer's name; a refund turns that round (credit the tender paid back with), a move to
 * store credit takes it from Customer deposits to the Store credit liability (R8). Applying it to the job's invoice is a
 * sales payment of method DEPOSIT, posted by {@link PostingPaymentReceived} and the invoice's finalize.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingWorkOrderDeposits {

    static final String WORK_ORDER_DEPOSIT = "WORK_ORDER_DEPOSIT";
    static final String DEPOSIT_TAKEN = "DEPOSIT_TAKEN";
    static final String DEPOSIT_REFUNDED = "DEPOSIT_REFUNDED";
    static final String DEPOSIT_TO_STORE_CREDIT = "DEPOSIT_TO_STORE_CREDIT";

    private final Journal journal;

    PostingWorkOrderDeposits(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(WorkOrderDepositTaken event) {
        Postings.requireSameTenant(event.tenant());
        journal.post(Posting.of(event.date(), event.store(), WORK_ORDER_DEPOSIT, event.deposit(), null, DEPOSIT_TAKEN,
                        event.method().label() + " deposit on work order " + event.workOrderNumber())
                .debit(tender(event.method()), event.amount())
                .credit(SystemAccount.CUSTOMER_DEPOSITS, event.amount(), event.customer()));
    }

    @EventListener
    void on(WorkOrderDepositReturned event) {
        Postings.requireSameTenant(event.tenant());
        if (event.toStoreCredit()) {
            journal.post(Posting.of(event.date(), event.store(), WORK_ORDER_DEPOSIT, event.deposit(), null,
                            DEPOSIT_TO_STORE_CREDIT, "Deposit on work order " + event.workOrderNumber() + " moved to store credit")
                    .debit(SystemAccount.CUSTOMER_DEPOSITS, event.amount(), event.customer())
                    .credit(SystemAccount.STORE_CREDIT, event.amount(), event.customer()));
        } else {
            journal.post(Posting.of(event.date(), event.store(), WORK_ORDER_DEPOSIT, event.deposit(), null, DEPOSIT_REFUNDED,
                            "Deposit on work order " + event.workOrderNumber() + " refunded by "
                                    + event.refundMethod().label().toLowerCase())
                    .debit(SystemAccount.CUSTOMER_DEPOSITS, event.amount(), event.customer())
                    .credit(tender(event.refundMethod()), event.amount()));
        }
    }

    /** The tender's own asset account (08 §Applying Payments); a wire or ACH lands in the bank. */
    private static SystemAccount tender(DepositMethod method) {
        return switch (method) {
            case CASH -> SystemAccount.CASH;
            case CHECK -> SystemAccount.CHECKS;
            case CARD -> SystemAccount.CARD_CLEARING;
            case WIRE, ACH -> SystemAccount.BANK;
        };
    }
}
