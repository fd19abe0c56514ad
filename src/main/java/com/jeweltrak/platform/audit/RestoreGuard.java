package com.jeweltrak.platform.audit;

import java.util.List;

/**
 * A rule a restore must not break (R11), added by the module that owns the rule: a closed period, a
 * finalized document, an item since sold. Guards run after the restore's writes, inside its
 * transaction, so they judge the state the restore would leave; throwing a {@link RestoreRefused}
 * rolls the whole restore back.
 */
public interface RestoreGuard {

    /** One row a restore wrote: its table and its state after the restore. */
    record RestoredRow(String table, tools.jackson.databind.JsonNode row) {
    }

    void check(AuditEntry entry, List<RestoredRow> rows);
}
