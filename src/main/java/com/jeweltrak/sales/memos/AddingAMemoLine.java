package com.jeweltrak.sales.memos;

import java.math.BigDecimal;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NotEnoughStock;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A line on a memo (02-sales §Memos R1, R2): an item by its StockID — its quantity leaves In Stock for On Memo at once
 * (a MEMO_OUT movement; no journal entry, the item stays owned) — or a misc line with a description and no stock. An
 * item with too few in stock (sold, or already out on a memo) is refused naming it and what is available (decision
 * 11); two people memo-ing the last unit at once: the ledger's conditional update lets one through.
 */
@Component
public class AddingAMemoLine {

    public record Request(String stockId, String description, BigDecimal quantity, BigDecimal unitPrice,
                          BigDecimal adjustment) {
    }

    private final MemoWork work;
    private final Items items;
    private final StockLedger ledger;
    private final JdbcClient jdbc;

    AddingAMemoLine(MemoWork work, Items items, StockLedger ledger, JdbcClient jdbc) {
        this.work = work;
        this.items = items;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional
    public long add(MemoId id, Request r) {
        Memo memo = work.memos.lock(id);
        memo.checkNotVoided();
        BigDecimal quantity = r.quantity() == null ? BigDecimal.ONE : r.quantity();
        if (quantity.signum() <= 0) throw new BusinessRuleViolated("quantity", "The quantity must be more than zero.");
        Memo.checkThreeDecimals(quantity);
        BigDecimal adjustment = r.adjustment() == null ? BigDecimal.ZERO : r.adjustment();
        if (adjustment.signum() < 0) throw new BusinessRuleViolated("adjustment", "The adjustment cannot be negative.");
        String description = MemoWork.blank(r.description());
        BigDecimal unitPrice = r.unitPrice();
        boolean byStockId = MemoWork.blank(r.stockId()) != null;
        Item item = null;
        if (byStockId) {
            item = items.findByStockId(r.stockId().strip())
                    .orElseThrow(() -> new BusinessRuleViolated("stockId", "There is no item with StockID " + r.stockId().strip() + "."));
            memo.checkItemNotOnIt(item.id(), item.stockId());
            if (unitPrice == null) {
                BigDecimal listed = item.prices().retail() != null ? item.prices().retail() : item.prices().price1();
                unitPrice = listed == null ? BigDecimal.ZERO : listed;
            }
            if (description == null) description = item.description() != null ? item.description() : item.category();
        } else if (description == null) {
            throw new BusinessRuleViolated("description", "Enter a StockID, or describe the misc line.");
        }
        if (unitPrice == null) unitPrice = BigDecimal.ZERO;
        if (unitPrice.signum() < 0) throw new BusinessRuleViolated("unitPrice", "The price cannot be negative.");
        if (adjustment.compareTo(quantity.multiply(unitPrice)) > 0) {
            throw new BusinessRuleViolated("adjustment", "The adjustment cannot be more than the line's amount.");
        }
        // the stock moves first: the refusal then looks for the memo holding the item among the lines already there
        if (item != null) memoOut(memo, item, quantity);
        long lineId = jdbc.sql("""
                        insert into memo_line (tenant_id, memo_id, item_id, description, quantity, unit_price, adjustment)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), item == null ? null : item.id().value(), description == null ? "Item" : description,
                        quantity, unitPrice, adjustment)
                .query(Long.class).single();
        work.changed(id);
        return lineId;
    }

    /** R2: In Stock → On Memo now. The refusal says where the item is when a memo holds it. */
    private void memoOut(Memo memo, Item item, BigDecimal quantity) {
        try {
            ledger.record(item.id(), new StockLedger.Movement(MovementKind.MEMO_OUT, quantity.negate(), quantity, null,
                    "Out on memo " + memo.numberText(), "MEMO", memo.id().value()));
        } catch (NotEnoughStock e) {
            throw work.memos.holding(item.id())
                    .<RuntimeException>map(other -> new BusinessRuleViolated("stockId", e.getMessage().replace(
                            "; that is not enough", " (it is out on memo " + other + "); that is not enough")))
                    .orElse(e);
        }
    }
}
