package com.jeweltrak.inventory.stones;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.stereotype.Component;

/** Only jewelry and watches hold set stones (§Set Stones R1). */
@Component
class SetStoneParents {

    private final Items items;

    SetStoneParents(Items items) {
        this.items = items;
    }

    Item require(ItemId id) {
        Item item = items.get(id);
        if (!holdsStones(item.family())) {
            throw new BusinessRuleViolated("item", "Only jewelry and watches hold set stones; StockID " + item.stockId()
                    + " is a " + item.family().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return item;
    }

    static boolean holdsStones(Family family) {
        return family == Family.JEWELRY || family == Family.WATCH;
    }
}
