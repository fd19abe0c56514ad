package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stand-alone store credit (08-accounting §Store Credits R9): goodwill given to one customer without a return —
 * needs CanVoidTransactions and a reason, and the audit log keeps who gave it. The books count it as a cost of goodwill
 * owed to the customer ({@link StoreCreditIssued}); from then on it is spent like any other credit.
 */
@Component
public class IssuingAStoreCredit {

    public record Request(BigDecimal amount, String reason, StoreId store) {
    }

    private final InvoiceWork work;
    private final Contacts contacts;
    private final Stores stores;
    private final JdbcClient jdbc;

    IssuingAStoreCredit(InvoiceWork work, Contacts contacts, Stores stores, JdbcClient jdbc) {
        this.work = work;
        this.contacts = contacts;
        this.stores = stores;
        this.jdbc = jdbc;
    }

    @Transactional
    public long issue(ContactId customer, Request r) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        contacts.find(customer).orElseThrow(() -> new RecordNotFound("Contact", customer.value()));
        if (r.amount() == null || r.amount().signum() <= 0) {
            throw new BusinessRuleViolated("amount", "Enter the credit's amount, more than 0.");
        }
        String reason = r.reason() == null ? "" : r.reason().strip();
        if (reason.isEmpty()) throw new BusinessRuleViolated("reason", "Say why the customer is given this credit.");
        if (reason.length() > 200) throw new BusinessRuleViolated("reason", "Say why in at most 200 characters.");
        if (r.store() == null || stores.find(r.store()).isEmpty()) {
            throw new BusinessRuleViolated("storeId", "Choose the store giving the credit.");
        }
        BigDecimal amount = Money.cents(r.amount());
        var date = work.today(r.store());
        long id = jdbc.sql("""
                        insert into store_credit (tenant_id, customer_id, amount, remaining, issued_at, issued_by, reason, store_id)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customer.value(), amount, amount, java.sql.Timestamp.from(work.now()),
                        work.actor() == null ? null : work.actor().value(), reason, r.store().value())
                .query(Long.class).single();
        work.publish(new StoreCreditIssued(work.tenant(), id, r.store(), date, customer, amount, reason));
        return id;
    }
}
