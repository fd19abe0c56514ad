package com.jeweltrak.inventory.stones;

import java.math.BigDecimal;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.inventory.StockLedger.Movement;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * + Combine Loose Stone (R2, R13, R15) and its ↶ reverse (R4, R14). The loose stone leaves stock through the
 * ledger as a CONSUME movement whose document is the parent item — the ledger's conditional update is what
 * makes two people combining the same stone at once end with one winner — and its cost moves into the
 * parent's cost. Reversing is the mirror: a RELEASE movement and the same cost taken back.
 */
@Service
public class CombiningALooseStone {

    static final String DOCUMENT = "item";

    private final SetStoneParents parents;
    private final SetStones stones;
    private final Items items;
    private final StockLedger ledger;
    private final JdbcClient jdbc;

    CombiningALooseStone(SetStoneParents parents, SetStones stones, Items items, StockLedger ledger, JdbcClient jdbc) {
        this.parents = parents;
        this.stones = stones;
        this.items = items;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional
    public long combine(ItemId parentId, ItemId looseId) {
        Item parent = parents.require(parentId);
        Item loose = items.find(looseId).filter(i -> mayAccess(i)).orElseThrow(() -> new RecordNotFound("Item", looseId));
        SetStoneDetails snapshot = LooseStoneSnapshot.of(loose);
        if (loose.quantities().onMemo().signum() > 0) {
            throw new BusinessRuleViolated("stockId", "StockID " + loose.stockId() + " is out on memo; only a stone in the"
                    + " store can be set.");
        }
        // one stone is one row: a parcel is split (adjusted) first, so quantity, carats and cost move whole
        if (loose.quantities().inStock().compareTo(BigDecimal.ONE) > 0) {
            throw new BusinessRuleViolated("stockId", "StockID " + loose.stockId() + " holds "
                    + loose.quantities().inStock().stripTrailingZeros().toPlainString()
                    + " pieces; combine takes a single stone. Receive the one to set as its own item first.");
        }
        BigDecimal carats = loose.quantities().carats() == null ? null : loose.quantities().carats().negate();
        ledger.record(loose.id(), new Movement(MovementKind.CONSUME, BigDecimal.ONE.negate(), null, carats,
                "Set into StockID " + parent.stockId(), DOCUMENT, parent.id().value()));
        long id = stones.insert(parent.id(), snapshot, loose.id(), loose.cost());
        jdbc.sql("update item set cost = cost + ?, updated_at = now() where id = ?").params(loose.cost(), parent.id().value())
                .update();
        return id;
    }

    @Transactional
    public void reverse(ItemId parentId, long stoneId) {
        SetStone stone = stones.get(parentId, stoneId);
        Item parent = parents.require(parentId);
        if (!stone.locked()) throw new BusinessRuleViolated("stone", "Only a combined stone is reversed; remove this one.");
        // R14: a sold parent has left the shop with its stones; today "none in stock" is the sign of a sale
        if (parent.quantities().inStock().signum() <= 0) {
            throw new BusinessRuleViolated("stone", "StockID " + parent.stockId() + " has none in stock (sold or out);"
                    + " its stones cannot be taken back.");
        }
        Item loose = items.get(stone.source());
        BigDecimal carats = loose.quantities().carats() == null || stone.details().caratWeight() == null ? null
                : stone.details().caratWeight();
        stones.delete(stone);
        ledger.record(loose.id(), new Movement(MovementKind.RELEASE, BigDecimal.ONE, null, carats,
                "Taken out of StockID " + parent.stockId(), DOCUMENT, parent.id().value()));
        jdbc.sql("update item set cost = greatest(cost - ?, 0), updated_at = now() where id = ?")
                .params(stone.consumedCost(), parent.id().value()).update();
    }

    private static boolean mayAccess(Item item) {
        return CurrentUser.get().map(me -> me.mayAccess(item.store())).orElse(true);
    }
}
