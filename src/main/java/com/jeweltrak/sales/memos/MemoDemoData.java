package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's memos (issue 7 §7): open memos of various ages — a few days to a quarter old, some past their expected
 * return — to customers of the contacts demo, with in-stock pieces of the inventory demo, one of them partly returned.
 * Made through the use cases, so stock moves through the ledger. The fifth memo's customer bought its first piece
 * (converted to an invoice, finalized) and the sixth memo was bought whole (Invoiced).
 */
@Component
class MemoDemoData implements DemoDataContributor {

    /** Days before today each demo memo was issued (decision 4's aging buckets each get some). */
    static final int[] AGES = {2, 9, 20, 33, 47, 64, 95, 130};

    private final Contacts contacts;
    private final IssuingAMemo issuing;
    private final AddingAMemoLine adding;
    private final ReturningFromAMemo returning;
    private final Memos memos;
    private final ConvertingAMemo converting;
    private final com.jeweltrak.sales.FinalizingAnInvoice finalizing;
    private final JdbcClient jdbc;
    private final Clock clock;

    MemoDemoData(Contacts contacts, IssuingAMemo issuing, AddingAMemoLine adding, ReturningFromAMemo returning,
                 Memos memos, ConvertingAMemo converting, com.jeweltrak.sales.FinalizingAnInvoice finalizing,
                 JdbcClient jdbc, Clock clock) {
        this.converting = converting;
        this.finalizing = finalizing;
        this.contacts = contacts;
        this.issuing = issuing;
        this.adding = adding;
        this.returning = returning;
        this.memos = memos;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400; // after contacts (100) and inventory (200, 210)
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        if (size == DemoSize.NONE) return;
        List<Contact> customers = contacts.pick(ContactRole.CUSTOMER, null, false, 40);
        StoreId store = tenant.stores().getFirst();
        // one-of-a-kind pieces in stock at the first store and on no invoice (the sales demo's Open ones hold theirs)
        List<String> pieces = jdbc.sql("""
                        select stock_number from item i where store_id = ? and in_stock = 1 and on_memo = 0
                          and not exists (select 1 from invoice_line l where l.tenant_id = i.tenant_id and l.item_id = i.id)
                        order by stock_number limit ?""")
                .params(store.value(), AGES.length * 3).query(Long.class).list().stream().map(String::valueOf).toList();
        if (customers.isEmpty() || pieces.size() < AGES.length * 2) return;
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
        int next = 0;
        for (int i = 0; i < AGES.length; i++) {
            LocalDate date = today.minusDays(AGES[i]);
            MemoId memo = issuing.issue(new IssuingAMemo.Request(store, customers.get(i % customers.size()).id(), date,
                    date.plusDays(i % 2 == 0 ? 14 : 30), i % 2 == 0 ? "Return within 14 days or pay in full."
                    : "On approval for 30 days; insured by the customer while out.", null));
            int lines = 1 + i % 3;
            for (int l = 0; l < lines && next < pieces.size(); l++) {
                adding.add(memo, new AddingAMemoLine.Request(pieces.get(next++), null, BigDecimal.ONE, null, null));
            }
            // the third memo came partly back: one piece returned, the rest still out (Partial)
            if (i == 2) {
                long first = memos.get(memo).lines().getFirst().id();
                returning.receive(memo, new ReturningFromAMemo.Request(date.plusDays(5), "Demo: one piece back",
                        List.of(new ReturningFromAMemo.Line(first, BigDecimal.ONE))));
            }
            // the fifth: the customer kept the first piece (Partial); the sixth: kept everything (Invoiced)
            if (i == 4 || i == 5) {
                var memoLines = memos.get(memo).lines();
                var kept = (i == 4 ? memoLines.subList(0, 1) : memoLines).stream()
                        .map(line -> new ConvertingAMemo.Line(line.id(), line.out())).toList();
                finalizing.finalizeInvoice(converting.convert(memo, kept));
            }
        }
    }
}
