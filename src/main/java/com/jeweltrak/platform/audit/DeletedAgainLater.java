package com.jeweltrak.platform.audit;

/** R6: after a restore and another delete, only the latest delete holds the record's last state. */
public class DeletedAgainLater extends RestoreRefused {

    DeletedAgainLater(String record, long laterEntry) {
        super(record + " was deleted again later, in entry #" + laterEntry + ": restore that entry instead.", true);
    }
}
