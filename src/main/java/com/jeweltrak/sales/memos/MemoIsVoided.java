package com.jeweltrak.sales.memos;

import com.jeweltrak.platform.web.StateConflict;

/** A voided memo is final (409): nothing is added, removed, returned or voided again. */
public class MemoIsVoided extends StateConflict {

    public MemoIsVoided(String number) {
        super("Memo " + number + " is voided; a voided memo cannot be changed.");
    }
}
