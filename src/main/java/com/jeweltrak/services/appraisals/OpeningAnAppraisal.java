package com.jeweltrak.services.appraisals;

import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.numbering.NumberSequences;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new appraisal (03-services §13 R2): the header first — a customer (who gets the Customer role), an optional purpose
 * (Insurance when none is chosen) and header notes — numbered now in the store's own appraisal sequence (decision 12).
 * Items are added to the saved header only.
 */
@Component
public class OpeningAnAppraisal {

    public record Request(StoreId store, ContactId customer, AppraisalPurpose purpose, LocalDate date, String headerNotes,
                          String appraiserName, String appraiserTitle) {
    }

    private final AppraisalWork work;
    private final Stores stores;
    private final NumberSequences numbers;
    private final ContactRoles roles;
    private final JdbcClient jdbc;

    OpeningAnAppraisal(AppraisalWork work, Stores stores, NumberSequences numbers, ContactRoles roles, JdbcClient jdbc) {
        this.work = work;
        this.stores = stores;
        this.numbers = numbers;
        this.roles = roles;
        this.jdbc = jdbc;
    }

    @Transactional
    public AppraisalId open(Request request) {
        if (request.store() == null) throw new BusinessRuleViolated("storeId", "Choose the store making the appraisal.");
        Store store = stores.get(request.store());
        if (!store.active()) throw new BusinessRuleViolated("storeId", "The store " + store.name() + " is closed.");
        if (request.customer() == null) throw new BusinessRuleViolated("customerId", "Choose the customer whose items are appraised.");
        try {
            roles.ensure(request.customer(), ContactRole.CUSTOMER);
        } catch (RecordNotFound e) {
            throw new BusinessRuleViolated("customerId", "There is no such customer.");
        }
        LocalDate date = request.date() == null ? work.today(store.id()) : request.date();
        AppraisalPurpose purpose = request.purpose() == null ? AppraisalPurpose.INSURANCE : request.purpose();
        long number = numbers.next("appraisal:" + store.id().value(), 0);
        long id = jdbc.sql("""
                        insert into appraisal (tenant_id, store_id, number, customer_id, appraisal_date, purpose, header_notes,
                                               appraiser_name, appraiser_title, created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(store.id().value(), number, request.customer().value(), date, purpose.name(),
                        AppraisalWork.blank(request.headerNotes()), AppraisalWork.blank(request.appraiserName()),
                        AppraisalWork.blank(request.appraiserTitle()), work.actorId())
                .query(Long.class).single();
        work.changed(new AppraisalId(id));
        return new AppraisalId(id);
    }
}
