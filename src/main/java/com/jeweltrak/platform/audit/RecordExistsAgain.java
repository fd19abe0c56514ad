package com.jeweltrak.platform.audit;

/**
 * R10: a deleted record comes back with its original id, which decision 12 keeps free. If a row holds
 * that key now — the record was re-created or already restored — the restore is refused, never renumbered.
 */
public class RecordExistsAgain extends RestoreRefused {

    RecordExistsAgain(String record) {
        super(record + " exists again, so its original id is taken: nothing was restored.", true);
    }
}
