package com.jeweltrak.platform.audit;

import java.util.List;

/**
 * R9: a later edit changed a field this restore would write. The restore waits for a confirmation,
 * showing for each such field what it is now and what the restore would put back.
 */
public class LaterEditsNeedConfirmation extends RestoreRefused {

    /** One field another edit changed since: its value now, and the value the restore writes. */
    public record FieldConflict(String field, String current, String restored) {
    }

    private final List<FieldConflict> conflicts;

    LaterEditsNeedConfirmation(List<FieldConflict> conflicts) {
        super("Later edits changed " + String.join(", ", conflicts.stream().map(FieldConflict::field).toList())
                + " since this entry. Confirm to put the earlier values back anyway.", true);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<FieldConflict> conflicts() {
        return conflicts;
    }
}
