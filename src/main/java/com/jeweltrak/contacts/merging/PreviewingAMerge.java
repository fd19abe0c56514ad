package com.jeweltrak.contacts.merging;

import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactBalanceContributor;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactMergeGuard;
import com.jeweltrak.contacts.Contacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The merge preview (R7): refused for the same reasons as the merge itself, so what is shown can be confirmed. */
@Service
public class PreviewingAMerge {

    private final Contacts contacts;
    private final ContactReferences references;
    private final List<ContactBalanceContributor> balances;
    private final List<ContactMergeGuard> guards;

    PreviewingAMerge(Contacts contacts, ContactReferences references, List<ContactBalanceContributor> balances,
                     List<ContactMergeGuard> guards) {
        this.guards = guards;
        this.contacts = contacts;
        this.references = references;
        this.balances = balances;
    }

    @Transactional(readOnly = true)
    public MergePreview preview(ContactId primary, List<ContactId> secondaries) {
        MergeParties parties = MergeParties.of(primary, secondaries, contacts::get, guards);
        List<MergePreview.Move> moves = references.count(parties.secondaryIds()).entrySet().stream()
                .map(e -> new MergePreview.Move(e.getKey().label(), e.getValue())).toList();
        return new MergePreview(parties.primary(), parties.secondaries(), moves,
                MergePreview.rolesAfter(parties.primary(), parties.secondaries()),
                balances.stream().map(b -> b.balance(primary, parties.secondaryIds())).flatMap(Optional::stream).toList());
    }
}
