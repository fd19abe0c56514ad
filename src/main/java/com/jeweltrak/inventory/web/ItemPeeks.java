package com.jeweltrak.inventory.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.ItemBadges;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.peek.Peek;
import com.jeweltrak.platform.peek.PeekProvider;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An item at a glance from its family's list or the search (01-navigation §Quick Peek): one provider per family. */
@Configuration(proxyBeanMethods = false)
class ItemPeeks {

    @Bean PeekProvider jewelryPeek(Items items, ItemBadges badges) { return new Provider(Family.JEWELRY, items, badges); }
    @Bean PeekProvider watchPeek(Items items, ItemBadges badges) { return new Provider(Family.WATCH, items, badges); }
    @Bean PeekProvider diamondPeek(Items items, ItemBadges badges) { return new Provider(Family.DIAMOND, items, badges); }
    @Bean PeekProvider coloredStonePeek(Items items, ItemBadges badges) { return new Provider(Family.COLORED_STONE, items, badges); }
    @Bean PeekProvider pearlPeek(Items items, ItemBadges badges) { return new Provider(Family.PEARL, items, badges); }

    record Provider(Family family, Items items, ItemBadges badges) implements PeekProvider {
        @Override
        public String type() {
            return family.recordType();
        }

        @Override
        public String label() {
            return family.label();
        }

        @Override
        public String permission() {
            return family.viewPermission();
        }

        @Override
        public Optional<Peek> peek(long id, CurrentUser viewer) {
            // the item's own family decides who sees it, whichever family's peek URL was asked for
            return items.find(new ItemId(id)).filter(i -> viewer.can(i.family().viewPermission()))
                    .filter(i -> StoreScope.mayAccess(i.store())).map(i -> new Peek(
                    "StockID " + i.stockId(), ItemStatus.of(i).label(), "/inventory/items/" + id, "inventory/peek",
                    Map.of("peekItem", i, "peekAttributes", ItemAttributes.of(i),
                            "peekCanViewCost", viewer.can(Permission.CAN_VIEW_COST), "peekMarks", badges.of(i.id()))));
        }
    }
}
