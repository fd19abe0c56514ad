package com.jeweltrak.accounting.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.accounting.JournalEntries;
import com.jeweltrak.platform.peek.Peek;
import com.jeweltrak.platform.peek.PeekProvider;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Component;

/** A journal entry at a glance: its lines, debits beside credits. */
@Component
class JournalEntryPeek implements PeekProvider {

    private final JournalEntries entries;

    JournalEntryPeek(JournalEntries entries) {
        this.entries = entries;
    }

    @Override
    public String type() {
        return "journal-entry";
    }

    @Override
    public String label() {
        return "Journal entry";
    }

    @Override
    public String permission() {
        return Permission.SHOW_REPORTS;
    }

    @Override
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return entries.find(id).map(d -> new Peek(d.entry().document(), JournalList.label(d.entry().posting()),
                "/accounting/journal/" + id, "accounting/peek", Map.of("peekEntry", d)));
    }
}
