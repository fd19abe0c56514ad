package com.jeweltrak.platform.audit;

import java.util.List;

/**
 * What a restore did: which entry it undid, under which request id its own audit entries were written
 * (R6: "a new audit entry records the restore"), and the records it wrote.
 */
public record Restored(long entryId, String action, String requestId, List<Record> records) {

    /** A record the restore wrote, with its page where it has one. */
    public record Record(String table, String label, String rowId, String page) {
    }
}
