package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Memos for the memo tests, made through the real use cases as the tenant's owner (items from {@link SalesFixtures}). */
@Component
public class MemoFixtures {

    public final SalesFixtures sales;
    private final IssuingAMemo issuing;
    private final AddingAMemoLine adding;
    private final ReturningFromAMemo returning;
    private final Memos memos;
    private final ReceivingAnItem receiving;
    private final Items items;
    private final TransactionTemplate transactions;

    MemoFixtures(SalesFixtures sales, IssuingAMemo issuing, AddingAMemoLine adding, ReturningFromAMemo returning,
                 Memos memos, ReceivingAnItem receiving, Items items, TransactionTemplate transactions) {
        this.sales = sales;
        this.issuing = issuing;
        this.adding = adding;
        this.returning = returning;
        this.memos = memos;
        this.receiving = receiving;
        this.items = items;
        this.transactions = transactions;
    }

    /** A one-of-a-kind ring (retail 1,200.00); its StockID. */
    public String ring(TestTenants.Tenant tenant) {
        return sales.ring(tenant);
    }

    /** Strands of beads, {@code quantity} of them in stock, 40.00 each; the StockID. */
    public String beads(TestTenants.Tenant tenant, String quantity) {
        return sales.as(tenant, () -> {
            Item beads = new Item(null, 0, tenant.store(), "Necklace", null, "Freshwater bead strand", null, true,
                    LocalDate.of(2026, 11, 1), new BigDecimal("12.00"), new Item.Prices(null, null, null, new BigDecimal("40.00")),
                    null, new JewelryDetails("Sterling", "925", null, null, null, "LADIES", "NEW"));
            ItemId id = receiving.receive(beads, new NewStock(new BigDecimal(quantity), null));
            return Long.toString(items.get(id).stockNumber());
        });
    }

    public MemoId issue(TestTenants.Tenant tenant) {
        var customer = sales.customer(tenant);
        return sales.as(tenant, () -> issuing.issue(new IssuingAMemo.Request(tenant.store(), customer, null,
                LocalDate.of(2026, 12, 31), "Return within 30 days", null)));
    }

    public long add(TestTenants.Tenant tenant, MemoId memo, String stockId) {
        return add(tenant, memo, stockId, null);
    }

    public long add(TestTenants.Tenant tenant, MemoId memo, String stockId, String quantity) {
        return sales.as(tenant, () -> adding.add(memo, new AddingAMemoLine.Request(stockId, null,
                quantity == null ? null : new BigDecimal(quantity), null, null)));
    }

    public MemoId issueWith(TestTenants.Tenant tenant, String... stockIds) {
        MemoId memo = issue(tenant);
        for (String stockId : stockIds) add(tenant, memo, stockId);
        return memo;
    }

    public MemoReturnId giveBack(TestTenants.Tenant tenant, MemoId memo, long line, String quantity) {
        return sales.as(tenant, () -> returning.receive(memo, new ReturningFromAMemo.Request(null, null,
                List.of(new ReturningFromAMemo.Line(line, new BigDecimal(quantity))))));
    }

    public Memo read(TestTenants.Tenant tenant, MemoId memo) {
        return sales.as(tenant, () -> memos.get(memo));
    }

    public Item item(TestTenants.Tenant tenant, String stockId) {
        return sales.as(tenant, () -> transactions.execute(s -> items.findByStockId(stockId).orElseThrow()));
    }

    public BigDecimal inStock(TestTenants.Tenant tenant, String stockId) {
        return item(tenant, stockId).quantities().inStock();
    }

    public BigDecimal onMemo(TestTenants.Tenant tenant, String stockId) {
        return item(tenant, stockId).quantities().onMemo();
    }
}
