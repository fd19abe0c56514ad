package com.jeweltrak.services.appraisals.web;

import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactTransactions;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.services.appraisals.Appraisals;
import org.springframework.stereotype.Component;

/**
 * 03-services §13 R6, R7: the customer's appraisals — every one, revised or not — on the contact page's Transactions
 * tab (07-contacts: one shared history).
 */
@Component
class AppraisalContactTransactions implements ContactTransactions {

    private final Appraisals appraisals;
    private final AppraisalRows rows;

    AppraisalContactTransactions(Appraisals appraisals, AppraisalRows rows) {
        this.appraisals = appraisals;
        this.rows = rows;
    }

    @Override
    public List<Line> recent(ContactId contact, int limit) {
        if (CurrentUser.get().isEmpty() || !CurrentUser.require().can("Appraisals.View")) return List.of();
        CurrentUser me = CurrentUser.require();
        return appraisals.ofCustomer(contact).stream().filter(a -> me.mayAccess(a.store())).limit(limit).map(rows::row)
                .map(r -> new Line(r.date(), "Appraisal", Long.toString(r.number()), r.purpose() + " · " + r.itemsText(),
                        r.total(), r.statusLabel(), "/services/appraisals/" + r.id()))
                .toList();
    }
}
