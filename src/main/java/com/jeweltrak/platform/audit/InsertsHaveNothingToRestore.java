package com.jeweltrak.platform.audit;

/** R6/R7 restore deletes and updates; an insert made the record, there is no earlier state to go back to. */
public class InsertsHaveNothingToRestore extends RestoreRefused {

    InsertsHaveNothingToRestore(long entryId) {
        super("Entry #" + entryId + " created the record: there is no earlier state to restore.", false);
    }
}
