package com.jeweltrak.sales.memos;

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
 * A new memo (02-sales §Memos R1): for a customer (who gets the Customer role), numbered now in the store's own memo
 * sequence (decision 12), with its terms — expected return date and terms text. Lines are added one by one.
 */
@Component
public class IssuingAMemo {

    public record Request(StoreId store, ContactId customer, LocalDate date, LocalDate expectedReturn, String terms,
                          String notes) {
    }

    private final MemoWork work;
    private final Stores stores;
    private final NumberSequences numbers;
    private final ContactRoles roles;
    private final JdbcClient jdbc;

    IssuingAMemo(MemoWork work, Stores stores, NumberSequences numbers, ContactRoles roles, JdbcClient jdbc) {
        this.work = work;
        this.stores = stores;
        this.numbers = numbers;
        this.roles = roles;
        this.jdbc = jdbc;
    }

    @Transactional
    public MemoId issue(Request request) {
        if (request.store() == null) throw new BusinessRuleViolated("storeId", "Choose the store the memo goes out from.");
        Store store = stores.get(request.store());
        if (!store.active()) throw new BusinessRuleViolated("storeId", "The store " + store.name() + " is closed.");
        if (request.customer() == null) throw new BusinessRuleViolated("customerId", "Choose the customer taking the memo.");
        try {
            roles.ensure(request.customer(), ContactRole.CUSTOMER);
        } catch (RecordNotFound e) {
            throw new BusinessRuleViolated("customerId", "There is no such customer.");
        }
        LocalDate date = request.date() == null ? work.today(store.id()) : request.date();
        checkExpectedReturn(date, request.expectedReturn());
        long number = numbers.next("memo:" + store.id().value(), 0);
        long id = jdbc.sql("""
                        insert into memo (tenant_id, store_id, number, customer_id, memo_date, expected_return_date, terms,
                                          notes, created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(store.id().value(), number, request.customer().value(), date, request.expectedReturn(),
                        MemoWork.blank(request.terms()), MemoWork.blank(request.notes()), work.actorId())
                .query(Long.class).single();
        work.changed(new MemoId(id));
        return new MemoId(id);
    }

    static void checkExpectedReturn(LocalDate date, LocalDate expectedReturn) {
        if (expectedReturn != null && expectedReturn.isBefore(date)) {
            throw new BusinessRuleViolated("expectedReturn", "The expected return date cannot be before the memo date.");
        }
    }
}
