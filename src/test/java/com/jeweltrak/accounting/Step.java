package com.jeweltrak.accounting;

import com.jeweltrak.sales.PaymentMethod;

/**
 * The steps {@link BooksStayTrueProperties} draws at random and plays through the real use cases: the things a store
 * does to invoices, memos, payments, credits and jobs that the books must follow. Numbers pick an earlier invoice,
 * item, memo or receipt of the sequence.
 */
sealed interface Step permits Step.Open, Step.AddItem, Step.AddService, Step.Finalize, Step.Pay, Step.Reopen, Step.Void, Step.VoidPayment,
        Step.MoveToCredit, Step.ReturnLine, Step.Refund, Step.MemoOut, Step.MemoBack, Step.UndoMemoReturn,
        Step.VoidMemo, Step.TradeIn, Step.ConvertMemo, Step.RemoveConvertedLine, Step.JobWithDeposit,
        Step.ReceiveOnAccount, Step.ApplyCredit, Step.VoidReceipt, Step.WriteOff, Step.ReverseWriteOff,
        Step.SellGiftCard, Step.PayWithGiftCard, Step.GoodwillCredit, Step.CashOutCredit {

    /** 08 §Writing Off Invoices R3: the invoice's remaining balance written off as bad debt (A4). */
    record WriteOff(int invoice) implements Step {
    }

    /** 08 §Writing Off Invoices R7: its standing write-off reversed (A4). */
    record ReverseWriteOff(int invoice) implements Step {
    }

    /** Issue 10 (08 §Gift Cards R1, R7): a gift-card line of {@code dollars} for card P{card}, a new one or a reload. */
    record SellGiftCard(int invoice, int card, int dollars, boolean reload) implements Step {
    }

    /** 08 §Gift Cards R2, R4: card P{card} pays {@code dollars} on the invoice, whoever's it is. */
    record PayWithGiftCard(int invoice, int card, int dollars) implements Step {
    }

    /** 08 §Store Credits R9: a stand-alone (goodwill) credit to the customer. */
    record GoodwillCredit(int dollars) implements Step {
    }

    /** 08 §Store Credits R10: part of the customer's oldest active credit paid out in cash or by check. */
    record CashOutCredit(int dollars, boolean check) implements Step {
    }

    /** The customer's piece comes in on the invoice for {@code credit} dollars, really worth {@code actual}. */
    record TradeIn(int invoice, int credit, int actual) implements Step {
    }

    /** One unit of one of the customer's returnable lines comes back on the invoice (02-sales §Returns R2). */
    record ReturnLine(int invoice, int source) implements Step {
    }

    /** What a negative-net invoice owes back, in cash or as store credit (Returns R5; 08 §Store Credits R2). */
    record Refund(int invoice, PaymentMethod method) implements Step {
    }

    /** A customer's invoice (on account) or a walk-in sale. */
    /** 03-services §3: a repair for the customer at {@code price} takes a cash deposit; invoiced (R7) when asked. */
    record JobWithDeposit(int price, int deposit, boolean invoice) implements Step {
    }

    record Open(boolean forCustomer) implements Step {
    }

    record AddItem(int invoice, int item) implements Step {
    }

    record AddService(int invoice, int dollars) implements Step {
    }

    record Finalize(int invoice) implements Step {
    }

    record Pay(int invoice, int dollars, PaymentMethod method) implements Step {
    }

    record Reopen(int invoice) implements Step {
    }

    record Void(int invoice) implements Step {
    }

    record VoidPayment(int invoice) implements Step {
    }

    /** Decision 1's third way out: the invoice's first applied payment becomes credit on account. */
    record MoveToCredit(int invoice) implements Step {
    }

    /** Issue 7: an item goes out on a new memo to the customer. */
    record MemoOut(int item) implements Step {
    }

    /** Everything still out on a memo comes back on one receipt. */
    record MemoBack(int memo) implements Step {
    }

    /** The memo's latest receipt is deleted (§Reversing case 2): its units go out on the memo again. */
    record UndoMemoReturn(int memo) implements Step {
    }

    record VoidMemo(int memo) implements Step {
    }

    /** Issue 7 point 1 (02-sales §Memos R5): everything out on a memo goes onto a new invoice of the customer's. */
    record ConvertMemo(int memo) implements Step {
    }

    /** §Reversing case 1: a line made from a memo comes off its (Open) invoice; its units go back On Memo. */
    record RemoveConvertedLine(int invoice) implements Step {
    }

    /** Issue 10 (A1): a payment on account, oldest-first or manual on one invoice; the rest is credit on account. */
    record ReceiveOnAccount(int dollars, int invoice, boolean manual) implements Step {
    }

    /** Issue 10 (A1): a receipt's unapplied credit applied by hand, oldest-first. */
    record ApplyCredit(int receipt) implements Step {
    }

    /** Issue 10 (A1): a receipt voided as NSF, with a fee invoice when fee > 0 (08 §Voiding Payments R5–R7). */
    record VoidReceipt(int receipt, int fee) implements Step {
    }
}
