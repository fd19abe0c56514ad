package com.jeweltrak.services.appraisals;

import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * + New appraisal for someone not yet a contact (03-services §13 R2: "customer … or create inline"): the customer is
 * added as a contact in the Customer role and the appraisal opened for them in one transaction, so a refused appraisal
 * leaves no stray contact behind. The contact's own rules (a name, a valid e-mail) refuse what they refuse.
 */
@Component
public class OpeningForANewCustomer {

    /** The new customer as typed inline: a name and, if given, how to reach them. */
    public record NewCustomer(String firstName, String lastName, String phone, String email) {

        public boolean typed() {
            return !blank(firstName) || !blank(lastName) || !blank(phone) || !blank(email);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    private final EditingContacts contacts;
    private final OpeningAnAppraisal opening;

    OpeningForANewCustomer(EditingContacts contacts, OpeningAnAppraisal opening) {
        this.contacts = contacts;
        this.opening = opening;
    }

    @Transactional
    public AppraisalId open(NewCustomer customer, OpeningAnAppraisal.Request appraisal) {
        if (customer.firstName() == null || customer.firstName().isBlank()) {
            if (customer.lastName() == null || customer.lastName().isBlank()) {
                throw new BusinessRuleViolated("newLastName", "Type the new customer's name.");
            }
        }
        ContactId id = contacts.add(Contact.draft(new Contact.Name(trim(customer.firstName()), trim(customer.lastName()), null, null),
                Set.of(ContactRole.CUSTOMER), new Contact.Reach(trim(customer.email()), null, trim(customer.phone()), null, null, null, null),
                null, null, null, null, null, false, false, null, null));
        return opening.open(new OpeningAnAppraisal.Request(appraisal.store(), id, appraisal.purpose(), appraisal.date(),
                appraisal.headerNotes(), appraisal.appraiserName(), appraisal.appraiserTitle()));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
