package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays part or all of a store credit back in cash or by check (08-accounting §Store Credits R10): needs
 * CanVoidTransactions; never more than remains (R8, the refusal names what remains), taken by a conditional update so
 * a sale spending the same credit at once cannot overdraw it; the credit is USED_UP at 0.00. The cash-out is kept as
 * a row of the credit's history and the books follow {@link StoreCreditCashedOut}.
 */
@Component
public class CashingOutAStoreCredit {

    /** {@code store}: where the money leaves; null for the credit's own store (or its return invoice's). */
    public record Request(BigDecimal amount, PaymentMethod method, String checkNumber, StoreId store) {
    }

    private final InvoiceWork work;
    private final Stores stores;
    private final JdbcClient jdbc;

    CashingOutAStoreCredit(InvoiceWork work, Stores stores, JdbcClient jdbc) {
        this.work = work;
        this.stores = stores;
        this.jdbc = jdbc;
    }

    @Transactional
    public long cashOut(long creditId, Request r) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        var credit = jdbc.sql("""
                        select c.customer_id, c.remaining, c.status, coalesce(c.store_id, i.store_id) from store_credit c
                        left join invoice i on i.tenant_id = c.tenant_id and i.id = c.source_invoice_id
                        where c.id = ? for update of c""")
                .param(creditId)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getBigDecimal(2), rs.getString(3), rs.getObject(4, Long.class)})
                .optional().orElseThrow(() -> new RecordNotFound("Store credit", creditId));
        BigDecimal remaining = (BigDecimal) credit[1];
        if (!"ACTIVE".equals(credit[2])) {
            throw new BusinessRuleViolated("amount", "This store credit is " + ((String) credit[2]).toLowerCase().replace('_', ' ')
                    + ": nothing remains to pay out.");
        }
        if (r.amount() == null || r.amount().signum() <= 0) {
            throw new BusinessRuleViolated("amount", "Enter how much to pay out, more than 0.");
        }
        BigDecimal amount = Money.cents(r.amount());
        if (amount.compareTo(remaining) > 0) {
            throw new BusinessRuleViolated("amount", "Only " + Money.cents(remaining).toPlainString()
                    + " remains on this store credit.");
        }
        if (r.method() != PaymentMethod.CASH && r.method() != PaymentMethod.CHECK) {
            throw new BusinessRuleViolated("method", "Pay a credit out in CASH or by CHECK.");
        }
        String check = r.checkNumber() == null || r.checkNumber().isBlank() ? null : r.checkNumber().strip();
        if (r.method() == PaymentMethod.CHECK && check == null) {
            throw new BusinessRuleViolated("checkNumber", "Enter the number of the check you write.");
        }
        if (check != null && check.length() > 30) throw new BusinessRuleViolated("checkNumber", "At most 30 characters.");
        StoreId store = r.store() != null ? r.store() : credit[3] == null ? null : new StoreId((Long) credit[3]);
        if (store == null || stores.find(store).isEmpty()) {
            throw new BusinessRuleViolated("storeId", "Choose the store paying the credit out.");
        }
        int taken = jdbc.sql("""
                        update store_credit set remaining = remaining - :a,
                               status = case when remaining - :a = 0 then 'USED_UP' else 'ACTIVE' end
                        where id = :id and status = 'ACTIVE' and remaining >= :a""")
                .param("a", amount).param("id", creditId).update();
        if (taken == 0) throw new IllegalStateException("Store credit " + creditId + " changed under its lock");
        var date = work.today(store);
        long id = jdbc.sql("""
                        insert into store_credit_cash_out (tenant_id, store_credit_id, store_id, amount, method, check_number,
                                                           cash_out_date, cashed_at, cashed_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(creditId, store.value(), amount, r.method().name(), r.method() == PaymentMethod.CHECK ? check : null,
                        date, java.sql.Timestamp.from(work.now()), work.actor() == null ? null : work.actor().value())
                .query(Long.class).single();
        work.publish(new StoreCreditCashedOut(work.tenant(), id, creditId, store, date, new ContactId((Long) credit[0]),
                r.method(), check, amount));
        return id;
    }
}
