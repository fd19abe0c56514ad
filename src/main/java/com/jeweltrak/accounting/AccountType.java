package com.jeweltrak.accounting;

/** The five kinds of account; assets and expenses grow by debits, the others by credits. */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, REVENUE, EXPENSE;

    public Side normalSide() {
        return this == ASSET || this == EXPENSE ? Side.DEBIT : Side.CREDIT;
    }

    public enum Side { DEBIT, CREDIT }
}
