package com.jeweltrak.sales.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.sales.web.InvoiceSearchEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's counter over the past ten weeks, made through the same use cases as a real sale (so stock, the journal
 * and the search follow): mostly finalized sales paid in cash, card or check, some on account with a balance left
 * (the AR pages and trial balance have something to show), walk-in sales paid in full, Open invoices holding a
 * deposit, and one voided sale. It takes in-stock items the inventory demo left and the contacts demo's customers;
 * with fewer of either it makes fewer invoices. Every step is one the rules allow, so nothing is refused.
 */
@Component
class SalesDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final FinalizingAnInvoice finalizing;
    private final TakingATender tendering;
    private final VoidingAnInvoice voiding;
    private final Invoices invoices;
    private final InvoiceSearchEntries search;
    private final Clock clock;
    // issue 7 point 7: returns and trade-ins, through their own use cases
    private final com.jeweltrak.sales.AddingAReturnLine returning;
    private final com.jeweltrak.sales.RefundingACustomer refunding;
    private final com.jeweltrak.sales.AddingATradeIn addingTradeIn;
    private final com.jeweltrak.sales.SettingATradeConcession concession;
    SalesDemoData(JdbcClient jdbc, OpeningAnInvoice opening, AddingALine adding, FinalizingAnInvoice finalizing,
                  TakingATender tendering, VoidingAnInvoice voiding, Invoices invoices, InvoiceSearchEntries search,
                  Clock clock, com.jeweltrak.sales.AddingAReturnLine returning,
                  com.jeweltrak.sales.RefundingACustomer refunding, com.jeweltrak.sales.AddingATradeIn addingTradeIn,
                  com.jeweltrak.sales.SettingATradeConcession concession) {
        this.returning = returning;
        this.refunding = refunding;
        this.addingTradeIn = addingTradeIn;
        this.concession = concession;
        this.jdbc = jdbc;
        this.opening = opening;
        this.adding = adding;
        this.finalizing = finalizing;
        this.tendering = tendering;
        this.voiding = voiding;
        this.invoices = invoices;
        this.search = search;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300; // after contacts (100) and inventory (200)
    }

    static int count(DemoSize size) {
        return size == DemoSize.SMALL ? 30 : 300;
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        List<ContactId> customers = jdbc.sql("""
                        select id from contact where is_customer and merged_into_id is null order by id limit 15""")
                .query((rs, n) -> new ContactId(rs.getLong(1))).list();
        Deque<String> stock = new ArrayDeque<>(jdbc.sql("""
                        select stock_number from item where in_stock = 1 and on_memo = 0
                        order by id limit ?""")
                .param(count(size) * 2).query(Long.class).list().stream().map(String::valueOf).toList());
        UserId seller = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        LocalDate today = LocalDate.now(clock);
        // three items kept back for the trade-in sales below
        Deque<String> forTradeIns = new ArrayDeque<>();
        while (forTradeIns.size() < 3 && stock.size() > 3) forTradeIns.push(stock.pollLast());
        for (int i = 0; i < count(size) && !stock.isEmpty(); i++) {
            StoreId store = tenant.stores().get(i % tenant.stores().size());
            // every fifth sale is a walk-in; without customers they all are
            ContactId customer = customers.isEmpty() || i % 5 == 4 ? null : customers.get(i % customers.size());
            LocalDate date = today.minusDays(70 - (long) i * 70 / count(size));
            InvoiceId id = opening.open(new OpeningAnInvoice.Request(store, customer, seller, date, null, null, null, null,
                    false));
            addItem(id, stock);
            if (i % 3 == 0 && !stock.isEmpty()) addItem(id, stock);
            if (i % 4 == 1) {
                adding.add(id, new AddingALine.Request(LineKind.SERVICE, null, "Ring sizing", BigDecimal.ONE,
                        new BigDecimal("45.00"), null, true, null));
            }
            sell(id, customer, i);
            search.reindex(id);
        }
        if (customers.isEmpty()) return;
        tradeIns(tenant, customers, seller, today, forTradeIns);
        returns(seller, today);
    }

    /**
     * Issue 7 point 7: a few sales with a piece taken in trade (02-sales §Trade-In) — the credit a quarter of the price,
     * the piece really worth 60 % of it, the over-allowance recorded as the sold line's Trade Concession (R4).
     */
    private void tradeIns(DemoTenant tenant, List<ContactId> customers, UserId seller, LocalDate today, Deque<String> stock) {
        String[] pieces = {"Worn 10K class ring", "Gold chain, broken clasp", "Old steel wristwatch"};
        String[] families = {"JEWELRY", "JEWELRY", "WATCH"};
        for (int t = 0; t < pieces.length && !stock.isEmpty(); t++) {
            StoreId store = tenant.stores().get(t % tenant.stores().size());
            ContactId customer = customers.get(t % customers.size());
            InvoiceId id = opening.open(new OpeningAnInvoice.Request(store, customer, seller, today.minusDays(9 - 3L * t),
                    null, null, null, null, false));
            addItem(id, stock);
            var sold = invoices.get(id).lines().getFirst();
            BigDecimal credit = sold.net().divide(BigDecimal.valueOf(4), 0, java.math.RoundingMode.DOWN).max(BigDecimal.TEN);
            BigDecimal actual = credit.multiply(new BigDecimal("0.60")).setScale(2, java.math.RoundingMode.HALF_UP);
            addingTradeIn.add(id, new com.jeweltrak.sales.AddingATradeIn.Request(pieces[t], families[t],
                    families[t].equals("WATCH") ? "Watch" : "Gold", credit, actual, true));
            concession.set(id, sold.id(), credit.subtract(actual).min(sold.net()));
            finalizing.finalizeInvoice(id);
            pay(id, balance(id), PaymentMethod.values()[t % 3]);
            search.reindex(id);
        }
    }

    /**
     * Issue 7 point 7: a few returns on earlier demo sales (02-sales §Returns): the item comes back on a new invoice for
     * the same customer, which is finalized and refunded in cash or as store credit.
     */
    private void returns(UserId seller, LocalDate today) {
        record Sold(long line, long customer, long store) {
        }
        List<Sold> sold = jdbc.sql("""
                        select l.id, i.customer_id, i.store_id from invoice_line l
                        join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                        where i.status = 'FINALIZED' and i.customer_id is not null and l.kind = 'ITEM' and l.quantity > 0
                          and not exists (select 1 from invoice_line t where t.invoice_id = i.id and t.kind = 'TRADE_IN')
                        order by i.invoice_date, l.id limit 3""")
                .query((rs, n) -> new Sold(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        for (int r = 0; r < sold.size(); r++) {
            Sold s = sold.get(r);
            InvoiceId id = opening.open(new OpeningAnInvoice.Request(new StoreId(s.store()), new ContactId(s.customer()),
                    seller, today.minusDays(5 - r), null, null, null, null, false));
            returning.add(id, s.line(), BigDecimal.ONE);
            finalizing.finalizeInvoice(id);
            if (balance(id).signum() < 0) {
                refunding.refund(id, new com.jeweltrak.sales.RefundingACustomer.Request(
                        r % 2 == 0 ? PaymentMethod.CASH : PaymentMethod.STORE_CREDIT, null, null, null, null));
            }
            search.reindex(id);
        }
    }

    private void addItem(InvoiceId id, Deque<String> stock) {
        adding.add(id, new AddingALine.Request(LineKind.ITEM, stock.pop(), null, null, null, null, null, null));
    }

    /** What happens to the i-th sale: paid in full (three ways), on account with a balance, a deposit, a void. */
    private void sell(InvoiceId id, ContactId customer, int i) {
        if (customer == null) {
            pay(id, balance(id), PaymentMethod.values()[i % 3]);
            finalizing.finalizeInvoice(id);
            return;
        }
        switch (i % 6) {
            case 3 -> { // on account: a third paid, the rest owed
                finalizing.finalizeInvoice(id);
                pay(id, balance(id).divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP), PaymentMethod.CHECK);
            }
            case 5 -> pay(id, balance(id).divide(BigDecimal.valueOf(5), 2, java.math.RoundingMode.HALF_UP),
                    PaymentMethod.CARD); // a deposit: the invoice stays Open
            case 1 -> {
                if (i == 7) { // a sale rung up by mistake, voided
                    finalizing.finalizeInvoice(id);
                    voiding.voidInvoice(id);
                } else {
                    finalizing.finalizeInvoice(id);
                }
            }
            default -> {
                finalizing.finalizeInvoice(id);
                pay(id, balance(id), PaymentMethod.values()[i % 3]);
            }
        }
    }

    private BigDecimal balance(InvoiceId id) {
        return invoices.get(id).balance();
    }

    private void pay(InvoiceId id, BigDecimal amount, PaymentMethod method) {
        if (amount.signum() <= 0) return;
        tendering.take(id, new TakingATender.Request(method, amount, null, method == PaymentMethod.CHECK ? "1042" : null,
                method == PaymentMethod.CARD ? "4242" : null, method == PaymentMethod.CARD ? "DEMO01" : null));
    }
}
