package com.jeweltrak.inventory;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quantity adjustment by hand (found one more, broke one, re-weighed a parcel): a movement with the
 * reason said, never an edit of the stored quantity (design §4).
 */
@Service
public class AdjustingStock {

    private final Items items;
    private final StockLedger ledger;

    AdjustingStock(Items items, StockLedger ledger) {
        this.items = items;
        this.ledger = ledger;
    }

    @Transactional
    public void adjust(ItemId id, BigDecimal quantityChange, BigDecimal caratsChange, String reason) {
        Item item = items.get(id);
        if (reason == null || reason.isBlank()) throw new BusinessRuleViolated("reason", "Say why the quantity changes.");
        boolean noQuantity = quantityChange == null || quantityChange.signum() == 0;
        boolean noCarats = caratsChange == null || caratsChange.signum() == 0;
        if (noQuantity && noCarats) throw new BusinessRuleViolated("quantityChange", "Enter how many more (+) or fewer (−).");
        if (!noCarats && !item.family().isStone()) {
            throw new BusinessRuleViolated("caratsChange", "Only loose stones carry a carat weight.");
        }
        ledger.record(id, StockLedger.Movement.of(MovementKind.ADJUST, quantityChange, caratsChange, reason.trim()));
    }
}
