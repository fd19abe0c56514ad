package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the journal says (design §4: balances are derived from the journal): an account's balance, AR per customer
 * and its control total, sales tax payable, the trial balance, and the AR reconciliation.
 */
@Repository
@Transactional(readOnly = true)
public class Books {

    /** One customer's AR: what the sub-ledger lines of the AR account add up to. */
    public record CustomerBalance(ContactId customer, String name, BigDecimal balance) {
    }

    /** A trial balance row: the account's net on its debit or credit side. */
    public record TrialBalanceRow(Account account, BigDecimal debit, BigDecimal credit) {
    }

    public record TrialBalance(LocalDate asOf, List<TrialBalanceRow> rows, BigDecimal debits, BigDecimal credits) {
        public boolean balanced() {
            return debits.compareTo(credits) == 0;
        }
    }

    /**
     * AR control (the whole AR account) against its sub-ledger (the lines that name a customer). Lines without a
     * customer are walk-in sales, paid at the counter, so they must net to zero ({@code unassigned}).
     */
    public record ArReconciliation(BigDecimal control, BigDecimal subLedger, BigDecimal unassigned) {
        public boolean agrees() {
            return control.compareTo(subLedger) == 0 && unassigned.signum() == 0;
        }
    }

    private final JdbcClient jdbc;
    private final ChartOfAccounts chart;

    Books(JdbcClient jdbc, ChartOfAccounts chart) {
        this.jdbc = jdbc;
        this.chart = chart;
    }

    /** The account's balance on its normal side (an asset's debits − credits, a liability's credits − debits). */
    public BigDecimal balance(SystemAccount account) {
        return balance(account, null);
    }

    public BigDecimal balance(SystemAccount account, LocalDate asOf) {
        BigDecimal net = jdbc.sql("""
                        select coalesce(sum(l.debit - l.credit), 0) from journal_line l
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        where a.system_key = ? and (cast(? as date) is null or e.entry_date <= cast(? as date))""")
                .params(account.name(), asOf, asOf).query(BigDecimal.class).single();
        return Money.cents(account.type().normalSide() == AccountType.Side.DEBIT ? net : net.negate());
    }

    /** Sales tax owed to the state: the liability account (08-accounting §Sales Tax R12, accrual). */
    public BigDecimal taxPayable() {
        return balance(SystemAccount.SALES_TAX_PAYABLE);
    }

    /**
     * 08-accounting §Sales Tax R12, Tax Liability: the tax of the invoices finalized with an invoice date in the range
     * and still standing — a reopened invoice drops out until it is finalized again, a voided one for good; a return
     * invoice's negative tax reduces its own period.
     */
    public BigDecimal taxLiability(LocalDate from, LocalDate to) {
        // the sales tax report's own rule, so its total and this figure can never disagree
        return Money.cents(jdbc.sql("with " + SalesTaxReport.FINALIZED + " select coalesce(sum(tax), 0) from finalized")
                .param("from", from).param("to", to).query(BigDecimal.class).single());
    }

    /**
     * 08-accounting §Sales Tax R12, Tax Collected: for each payment received in the range and not voided, amount ×
     * (invoice tax ÷ invoice total) of its invoice's standing finalize entry (0 when the total is 0), kept to 4 dp and
     * rounded once for the total; a refund (a negative payment row) gives back its share. A payment on account applied to
     * the invoice (PAYMENT_APPLIED) counts by its application's date, for the AR credit of its entry. A payment moved to credit on account no longer counts. A payment on an invoice that is not finalized (a deposit) counts when the invoice is:
     * until then the books do not know its tax.
     */
    public BigDecimal taxCollected(LocalDate from, LocalDate to) {
        // the sales tax report's own rule (per invoice, 4 dp), so its total and this figure can never disagree
        return Money.cents(jdbc.sql("with " + SalesTaxReport.COLLECTED + " select coalesce(sum(tax), 0) from collected")
                .param("from", from).param("to", to).query(BigDecimal.class).single());
    }

    public BigDecimal arBalance(ContactId customer) {
        return subLedger(SystemAccount.AR, customer);
    }

    /**
     * 08-accounting §Store Credits R12: the store credit the customer still holds, from the journal (the liability's
     * lines name the customer); it must agree with the documents' remaining credit.
     */
    public BigDecimal storeCredit(ContactId customer) {
        return subLedger(SystemAccount.STORE_CREDIT, customer).negate();
    }

    public BigDecimal depositsHeld(ContactId customer) {
        return subLedger(SystemAccount.CUSTOMER_DEPOSITS, customer).negate();
    }

    private BigDecimal subLedger(SystemAccount account, ContactId customer) {
        return Money.cents(jdbc.sql("""
                        select coalesce(sum(l.debit - l.credit), 0) from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        where a.system_key = ? and l.contact_id = ?""")
                .params(account.name(), customer.value()).query(BigDecimal.class).single());
    }

    /** Every customer whose AR is not zero, largest first (08-accounting §AR R1, R3). */
    public List<CustomerBalance> arByCustomer() {
        return jdbc.sql("""
                        select l.contact_id, max(coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company)), sum(l.debit - l.credit) as balance
                        from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        left join contact c on c.tenant_id = l.tenant_id and c.id = l.contact_id
                        where a.system_key = 'AR' and l.contact_id is not null
                        group by l.contact_id having sum(l.debit - l.credit) <> 0
                        order by balance desc, l.contact_id""")
                .query((rs, n) -> new CustomerBalance(new ContactId(rs.getLong(1)), rs.getString(2),
                        Money.cents(rs.getBigDecimal(3))))
                .list();
    }

    public BigDecimal arControlTotal() {
        return balance(SystemAccount.AR);
    }

    /** The check the invoices' property test runs after every step: AR control = Σ customer sub-ledger. */
    public ArReconciliation reconcileAr() {
        BigDecimal subLedger = arByCustomer().stream().map(CustomerBalance::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unassigned = Money.cents(jdbc.sql("""
                        select coalesce(sum(l.debit - l.credit), 0) from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        where a.system_key = 'AR' and l.contact_id is null""")
                .query(BigDecimal.class).single());
        return new ArReconciliation(arControlTotal(), Money.cents(subLedger), unassigned);
    }

    /** Every account's net as of a date (entries dated on or before it); debits = credits when the books are whole. */
    public TrialBalance trialBalance(LocalDate asOf) {
        var nets = jdbc.sql("""
                        select l.account_id, sum(l.debit - l.credit) from journal_line l
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        where e.entry_date <= ? group by l.account_id""")
                .param(asOf)
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
                .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        java.util.Map.Entry::getValue));
        List<TrialBalanceRow> rows = chart.listed().stream()
                .filter(a -> nets.containsKey(a.id()) && nets.get(a.id()).signum() != 0)
                .map(a -> {
                    BigDecimal net = Money.cents(nets.get(a.id()));
                    return net.signum() > 0 ? new TrialBalanceRow(a, net, BigDecimal.ZERO.setScale(2))
                            : new TrialBalanceRow(a, BigDecimal.ZERO.setScale(2), net.negate());
                })
                .toList();
        BigDecimal debits = rows.stream().map(TrialBalanceRow::debit).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal credits = rows.stream().map(TrialBalanceRow::credit).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new TrialBalance(asOf, rows, debits, credits);
    }
}
