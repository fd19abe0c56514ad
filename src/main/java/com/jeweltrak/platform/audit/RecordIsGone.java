package com.jeweltrak.platform.audit;

/** R7: an update can only be undone on a record that still exists; the delete that removed it comes first. */
public class RecordIsGone extends RestoreRefused {

    RecordIsGone(String record, Long deletedBy) {
        super(record + " no longer exists" + (deletedBy == null ? "" : " (deleted in entry #" + deletedBy + ")")
                + ": restore the delete first, then this change.", true);
    }
}
