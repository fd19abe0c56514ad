package com.jeweltrak.contacts.merging;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactBalanceContributor.BalanceLine;
import com.jeweltrak.contacts.ContactRole;

/**
 * What a merge will do (R7 "review the merge preview"): per kind of record, how many rows move to the
 * primary; the primary's roles after (R11); the names that disappear from pickers and lists (R5); the
 * balances combined (R4) — one line per {@link com.jeweltrak.contacts.ContactBalanceContributor}, none yet.
 * The primary's own details stay as they are (R6).
 */
public record MergePreview(Contact primary, List<Contact> secondaries, List<Move> moves, Set<ContactRole> rolesAfter,
                           List<BalanceLine> balances) {

    public record Move(String label, long rows) {
    }

    public MergePreview {
        secondaries = List.copyOf(secondaries);
        moves = List.copyOf(moves);
        rolesAfter = rolesAfter.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rolesAfter));
        balances = List.copyOf(balances);
    }

    /** "Robert Smith (#12)": the records that leave pickers and search. */
    public List<String> namesThatDisappear() {
        return secondaries.stream().map(c -> c.name().full() + " (#" + c.id() + ")").toList();
    }

    public List<ContactRole> rolesGained() {
        return rolesAfter.stream().filter(r -> !primary.hasRole(r)).sorted().toList();
    }

    public List<ContactRole> rolesAfterSorted() {
        return rolesAfter.stream().sorted().toList();
    }

    public long rowsMoving() {
        return moves.stream().mapToLong(Move::rows).sum();
    }

    static Set<ContactRole> rolesAfter(Contact primary, List<Contact> secondaries) {
        EnumSet<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        roles.addAll(primary.roles());
        secondaries.forEach(s -> roles.addAll(s.roles()));
        return roles;
    }
}
