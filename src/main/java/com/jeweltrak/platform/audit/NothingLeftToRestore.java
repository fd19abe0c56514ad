package com.jeweltrak.platform.audit;

/** R7: every field the entry changed already holds its earlier value (e.g. restored before). */
public class NothingLeftToRestore extends RestoreRefused {

    NothingLeftToRestore(long entryId) {
        super("The record already has the values it had before entry #" + entryId + ": nothing to restore.", true);
    }
}
