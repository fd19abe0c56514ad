package com.jeweltrak.contacts.merging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactMergeGuard;
import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * The primary and secondaries of a merge (R2), read and checked the same way by the preview and the merge:
 * at least one secondary, none of them the primary, none merged already (R12), none a contact a module
 * must keep (R13). Contacts are read in id
 * order, so two merges locking overlapping contacts take their locks in the same order and never deadlock.
 * An unknown id — or another tenant's, which row-level security hides — is a 404 from the loader.
 */
record MergeParties(Contact primary, List<Contact> secondaries) {

    static MergeParties of(ContactId primaryId, List<ContactId> secondaryIds, Function<ContactId, Contact> load,
                           List<ContactMergeGuard> guards) {
        if (primaryId == null) throw new BusinessRuleViolated("primary", "Choose the contact to keep.");
        if (secondaryIds == null || secondaryIds.stream().allMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleViolated("secondaries", "Add at least one duplicate to merge into the primary.");
        }
        List<ContactId> distinct = secondaryIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.contains(primaryId)) throw new CannotMergeIntoItself(primaryId);
        TreeSet<Long> inIdOrder = new TreeSet<>();
        inIdOrder.add(primaryId.value());
        distinct.forEach(id -> inIdOrder.add(id.value()));
        Map<Long, Contact> read = new HashMap<>();
        inIdOrder.forEach(id -> read.put(id, load.apply(new ContactId(id))));
        Contact primary = read.get(primaryId.value());
        if (primary.isMerged()) throw new ContactAlreadyMerged("primary", primary);
        List<Contact> secondaries = new ArrayList<>();
        for (ContactId id : new LinkedHashSet<>(distinct)) {
            Contact secondary = read.get(id.value());
            if (secondary.isMerged()) throw new ContactAlreadyMerged("secondaries", secondary);
            for (ContactMergeGuard guard : guards) {
                guard.reasonToKeep(secondary).ifPresent(reason -> {
                    throw new BusinessRuleViolated("secondaries", secondary.name().full() + " (#" + secondary.id()
                            + ") cannot be merged away: " + reason);
                });
            }
            secondaries.add(secondary);
        }
        return new MergeParties(primary, List.copyOf(secondaries));
    }

    List<ContactId> secondaryIds() {
        return secondaries.stream().map(Contact::id).toList();
    }
}
