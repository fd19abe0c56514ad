package com.jeweltrak.inventory.stones;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** + Add Stone Manually (R5) and editing a manual row by clicking it (R10); combined rows are locked (R4). */
@Service
public class AddingASetStone {

    private final SetStoneParents parents;
    private final SetStones stones;

    AddingASetStone(SetStoneParents parents, SetStones stones) {
        this.parents = parents;
        this.stones = stones;
    }

    @Transactional
    public long add(ItemId item, SetStoneDetails details) {
        parents.require(item);
        return stones.insert(item, details, null, null);
    }

    @Transactional
    public void edit(ItemId item, long stoneId, SetStoneDetails details) {
        SetStone stone = stones.get(item, stoneId);
        if (stone.locked()) {
            throw new BusinessRuleViolated("category", "A stone combined from StockID " + stone.sourceStockId()
                    + " cannot be edited; reverse it (↶) to change it.");
        }
        stones.update(stone, details);
    }

    /** A manual row goes; a combined one is reversed instead, so its loose stone comes back (R4). */
    @Transactional
    public void remove(ItemId item, long stoneId) {
        SetStone stone = stones.get(item, stoneId);
        if (stone.locked()) {
            throw new BusinessRuleViolated("category", "Reverse (↶) the stone combined from StockID " + stone.sourceStockId()
                    + " to return it to inventory.");
        }
        stones.delete(stone);
    }
}
