package com.jeweltrak.sales;

/** 02-sales §Finalize R1: every invoice starts Open; Finalized ⇄ Open; Voided is terminal (R8). */
public enum InvoiceStatus {
    OPEN, FINALIZED, VOIDED
}
