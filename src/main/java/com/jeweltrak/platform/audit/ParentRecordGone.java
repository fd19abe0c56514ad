package com.jeweltrak.platform.audit;

/** R6: a row cannot come back under a record that no longer exists; that record is restored first. */
public class ParentRecordGone extends RestoreRefused {

    ParentRecordGone(String record, String parent) {
        super("Cannot restore " + record + ": " + parent + " it belongs to no longer exists. Restore that first.", false);
    }
}
