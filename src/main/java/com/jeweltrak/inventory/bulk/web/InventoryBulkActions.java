package com.jeweltrak.inventory.bulk.web;

import com.jeweltrak.platform.lists.BulkAction;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inventory lists' bulk actions that ask first (04-inventory §Bulk Actions; Pricing Multipliers R9), each a
 * page of this package. Later ones (Invoice, Memo, Return to vendor, Scrap) are a bean here and a page each.
 */
@Configuration(proxyBeanMethods = false)
class InventoryBulkActions {

    static final String PRICE_CHANGE = "price-change";
    static final String MOVE_STORE = "move-store";
    static final String WISHLIST = "wishlist";

    @Bean
    BulkAction bulkPriceChangeAction() {
        return new FamilyListAction(PRICE_CHANGE, "Bulk price change", Permission.CAN_MODIFY_PRICE_TIERS,
                "/inventory/bulk/price-change",
                (family, user) -> user.can(Permission.CAN_MODIFY_PRICE_TIERS) && user.can(family.permission("Edit")));
    }

    @Bean
    BulkAction bulkMoveStoreAction() {
        return new FamilyListAction(MOVE_STORE, "Move to store", "Inventory.Edit", "/inventory/bulk/move-store",
                (family, user) -> user.can(family.permission("Edit")));
    }

    @Bean
    BulkAction bulkWishlistAction() {
        return new FamilyListAction(WISHLIST, "Add to wishlist", "Contacts.Edit", "/inventory/bulk/wishlist",
                (family, user) -> user.can("Contacts.Edit") && user.can(family.viewPermission()));
    }
}
