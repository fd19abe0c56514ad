package com.jeweltrak.inventory.bulk;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The items of a list's selection the signed-in person may act on: found under row-level security (another
 * tenant's id is simply not there), of the list's family, in a store they may access (decision 7). The selection
 * holds ids as ticked; anything else is dropped quietly, as a row they never could have seen.
 */
@Component
public class SelectedItems {

    private final Items items;

    SelectedItems(Items items) {
        this.items = items;
    }

    public List<Item> of(Family family, Collection<Long> ids) {
        CurrentUser me = CurrentUser.require();
        return ids.stream().map(id -> items.find(new ItemId(id)).orElse(null)).filter(Objects::nonNull)
                .filter(i -> i.family() == family && me.mayAccess(i.store()))
                .sorted(Comparator.comparingLong(Item::stockNumber)).toList();
    }
}
