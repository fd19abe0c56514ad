package com.jeweltrak.services.appraisals;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Appraisals for the appraisal tests, made through the real use cases as the tenant's owner. */
@Component
public class AppraisalFixtures {

    private final Contacts contacts;
    private final OpeningAnAppraisal opening;
    private final AddingAnAppraisalItem adding;
    private final FinalizingAnAppraisal finalizing;
    private final Appraisals appraisals;
    private final TransactionTemplate transactions;

    AppraisalFixtures(Contacts contacts, OpeningAnAppraisal opening, AddingAnAppraisalItem adding,
                      FinalizingAnAppraisal finalizing, Appraisals appraisals, TransactionTemplate transactions) {
        this.contacts = contacts;
        this.opening = opening;
        this.adding = adding;
        this.finalizing = finalizing;
        this.appraisals = appraisals;
        this.transactions = transactions;
    }

    public <T> T as(TestTenants.Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    /** A customer with an e-mail address (a new one each call). */
    public ContactId customer(TestTenants.Tenant tenant, String first) {
        return as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(
                new Contact.Name(first, "Owner", null, null), Set.of(ContactRole.CUSTOMER),
                new Contact.Reach(first.toLowerCase() + "@example.com", null, null, null, null, null, null),
                null, null, null, null, null, false, false, null, null))));
    }

    public AppraisalId open(TestTenants.Tenant tenant, ContactId customer, AppraisalPurpose purpose) {
        return as(tenant, () -> opening.open(new OpeningAnAppraisal.Request(tenant.store(), customer, purpose, null,
                "Pieces brought in by the customer", "Ada Appraiser", "Graduate Gemologist")));
    }

    public long item(TestTenants.Tenant tenant, AppraisalId appraisal, String description, String value) {
        return as(tenant, () -> adding.add(appraisal, new AddingAnAppraisalItem.Request(description, "18K white gold",
                "6.2 g", "1 round brilliant diamond 1.01 ct G VS1", "18K stamped", "Very good", new BigDecimal(value))));
    }

    public void finalizeIt(TestTenants.Tenant tenant, AppraisalId appraisal) {
        as(tenant, () -> {
            finalizing.finalizeIt(appraisal);
            return null;
        });
    }

    public Appraisal read(TestTenants.Tenant tenant, AppraisalId appraisal) {
        return as(tenant, () -> appraisals.get(appraisal));
    }
}
