package com.jeweltrak.sales.demo;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.IssuingAStoreCredit;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.SellingAGiftCard;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.web.InvoiceSearchEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 10's demo: a gift card sold to a customer and partly spent by a walk-in (08-accounting §Gift Cards R1, R2, R4),
 * and a goodwill store credit (§Store Credits R9) — made through the same use cases as at the counter.
 */
@Component
class GiftCardDemoData implements DemoDataContributor {

    static final String CARD = "GC100200";

    private final JdbcClient jdbc;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final SellingAGiftCard selling;
    private final FinalizingAnInvoice finalizing;
    private final TakingATender tendering;
    private final IssuingAStoreCredit issuingCredit;
    private final InvoiceSearchEntries search;

    GiftCardDemoData(JdbcClient jdbc, OpeningAnInvoice opening, AddingALine adding, SellingAGiftCard selling,
                     FinalizingAnInvoice finalizing, TakingATender tendering, IssuingAStoreCredit issuingCredit,
                     InvoiceSearchEntries search) {
        this.jdbc = jdbc;
        this.opening = opening;
        this.adding = adding;
        this.selling = selling;
        this.finalizing = finalizing;
        this.tendering = tendering;
        this.issuingCredit = issuingCredit;
        this.search = search;
    }

    @Override
    public int order() {
        return 310; // after the sales demo (300)
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        List<ContactId> customers = jdbc.sql("""
                        select id from contact where is_customer and merged_into_id is null order by id limit 2""")
                .query((rs, n) -> new ContactId(rs.getLong(1))).list();
        if (customers.isEmpty()) return;
        StoreId store = tenant.stores().getFirst();
        InvoiceId sold = opening.open(new OpeningAnInvoice.Request(store, customers.getFirst(), null, null, null, null, null,
                null, false));
        selling.add(sold, new SellingAGiftCard.Request(CARD, new BigDecimal("100.00"), false));
        tendering.take(sold, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal("100.00"), null, null, null, null));
        finalizing.finalizeInvoice(sold);
        search.reindex(sold);
        // someone else holds the card now: a walk-in spends 40.00 of it
        InvoiceId spent = opening.open(new OpeningAnInvoice.Request(store, null, null, null, null, null, null, null, false));
        adding.add(spent, new AddingALine.Request(LineKind.NON_STOCK, null, "Watch strap", BigDecimal.ONE,
                new BigDecimal("40.00"), null, false, null));
        tendering.take(spent, new TakingATender.Request(PaymentMethod.GIFT_CARD, new BigDecimal("40.00"), null, null, null,
                null, CARD));
        finalizing.finalizeInvoice(spent);
        search.reindex(spent);
        issuingCredit.issue(customers.getLast(), new IssuingAStoreCredit.Request(new BigDecimal("25.00"),
                "Repair took a week longer than promised", store));
    }
}
