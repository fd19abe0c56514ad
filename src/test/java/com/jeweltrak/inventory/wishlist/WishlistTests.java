package com.jeweltrak.inventory.wishlist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.contacts.merging.MergingContacts;
import com.jeweltrak.inventory.AdjustingStock;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wishlists on the real database (07-contacts §Save Inventory Items to a Customer's Wishlist). */
@IntegrationTest
class WishlistTests {

    static TestTenants.Tenant tenant;

    @Autowired AddingToAWishlist adding;
    @Autowired RemovingFromAWishlist removing;
    @Autowired Wishlists wishlists;
    @Autowired ReceivingAnItem receiving;
    @Autowired AdjustingStock adjusting;
    @Autowired Items items;
    @Autowired EditingContacts editing;
    @Autowired Contacts contacts;
    @Autowired MergingContacts merging;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("wishlists");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private ItemId ring() {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Solitaire engagement ring", null,
                true, LocalDate.of(2026, 11, 1), new BigDecimal("900.00"),
                new Item.Prices(null, null, null, new BigDecimal("2400.00")), null,
                new JewelryDetails("Platinum", "PT950", null, new BigDecimal("6"), null, "LADIES", "NEW")), NewStock.one()));
    }

    private ContactId contact(ContactRole role) {
        String last = "Wish-" + UUID.randomUUID().toString().substring(0, 6);
        return as(() -> editing.add(Contact.draft(new Contact.Name("Dana", last, null, null), Set.of(role), null, null,
                null, null, null, null, false, false, null, null)));
    }

    // 07-contacts §Wishlist R1, R2: the same item can be on several customers' wishlists
    @Test
    void theSameItemCanBeOnSeveralCustomersWishlists() {
        ItemId ring = ring();
        ContactId ana = contact(ContactRole.CUSTOMER);
        ContactId ben = contact(ContactRole.CUSTOMER);
        as(() -> adding.add(ana, ring, Occasion.ENGAGEMENT, "Size 6"));
        as(() -> adding.add(ben, ring, null, null));
        assertThat(as(() -> wishlists.wanting(ring))).extracting(WishlistEntry::contact).containsExactlyInAnyOrder(ana, ben);
        assertThat(as(() -> wishlists.of(ana))).singleElement()
                .satisfies(e -> {
                    assertThat(e.item()).isEqualTo(ring);
                    assertThat(e.occasion()).isEqualTo(Occasion.ENGAGEMENT);
                    assertThat(e.note()).isEqualTo("Size 6");
                    assertThat(e.retail()).isEqualByComparingTo("2400");
                });
    }

    // 07-contacts §Wishlist R2: the same item once per customer; the message names the field it belongs beside
    @Test
    void anItemIsOnACustomersWishlistOnlyOnce() {
        ItemId ring = ring();
        ContactId ana = contact(ContactRole.CUSTOMER);
        as(() -> adding.add(ana, ring, null, null));
        assertThatThrownBy(() -> as(() -> adding.add(ana, ring, Occasion.BIRTHDAY, "again")))
                .isInstanceOf(AddingToAWishlist.AlreadyOnTheWishlist.class)
                .hasMessageContaining("already on")
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("contactId");
        assertThat(as(() -> wishlists.of(ana))).hasSize(1);
    }

    // 07-contacts §Wishlist R3: adding neither reserves nor moves stock
    @Test
    void addingToAWishlistLeavesTheStockAsItWas() {
        ItemId ring = ring();
        ContactId ana = contact(ContactRole.CUSTOMER);
        long movementsBefore = as(() -> jdbc.sql("select count(*) from stock_movement where item_id = ?")
                .param(ring.value()).query(Long.class).single());
        as(() -> adding.add(ana, ring, Occasion.ANNIVERSARY, null));
        Item after = as(() -> items.get(ring));
        assertThat(after.quantities().inStock()).isEqualByComparingTo("1");
        assertThat(after.quantities().onMemo()).isEqualByComparingTo("0");
        assertThat(as(() -> jdbc.sql("select count(*) from stock_movement where item_id = ?")
                .param(ring.value()).query(Long.class).single())).isEqualTo(movementsBefore);
        assertThat(as(() -> wishlists.of(ana))).singleElement()
                .extracting(WishlistEntry::status).isEqualTo(WishlistStatus.AVAILABLE);
    }

    // 07-contacts §Wishlist R4: an item none of which is left shows Sold, and the entry stays for history
    @Test
    void anItemNoneOfWhichIsLeftShowsSoldAndStaysOnTheList() {
        ItemId ring = ring();
        ContactId ana = contact(ContactRole.CUSTOMER);
        as(() -> adding.add(ana, ring, null, null));
        as(() -> {
            adjusting.adjust(ring, new BigDecimal("-1"), null, "Sold at the counter");
            return null;
        });
        assertThat(as(() -> wishlists.of(ana))).singleElement()
                .extracting(WishlistEntry::status).isEqualTo(WishlistStatus.SOLD);
    }

    // 07-contacts §Wishlist R5 (Unified Contacts R7): a vendor-only contact given a wishlist becomes a customer too
    @Test
    void aVendorOnlyContactBecomesACustomerWhenAnItemGoesOnTheirWishlist() {
        ItemId ring = ring();
        ContactId vendor = contact(ContactRole.VENDOR);
        as(() -> adding.add(vendor, ring, null, null));
        assertThat(as(() -> contacts.get(vendor)).roles()).containsExactlyInAnyOrder(ContactRole.VENDOR, ContactRole.CUSTOMER);
    }

    // 07-contacts §Wishlist R2 with Consolidation R3: a merge moves the duplicate's entries, the same item once
    @Test
    void mergingContactsMovesTheirWishlistEntriesWithoutDuplicates() {
        ItemId ring = ring();
        ItemId other = ring();
        ContactId primary = contact(ContactRole.CUSTOMER);
        ContactId duplicate = contact(ContactRole.CUSTOMER);
        as(() -> adding.add(primary, ring, Occasion.ENGAGEMENT, "primary's"));
        as(() -> adding.add(duplicate, ring, Occasion.OTHER, "duplicate's"));
        as(() -> adding.add(duplicate, other, Occasion.BIRTHDAY, null));
        as(() -> merging.merge(primary, List.of(duplicate)));
        List<WishlistEntry> merged = as(() -> wishlists.of(primary));
        assertThat(merged).extracting(WishlistEntry::item).containsExactlyInAnyOrder(ring, other);
        assertThat(merged).filteredOn(e -> e.item().equals(ring)).singleElement()
                .extracting(WishlistEntry::note).isEqualTo("primary's");
        assertThat(as(() -> wishlists.of(duplicate))).isEmpty();
    }

    // 07-contacts §Wishlist R2 with Consolidation R3: two duplicates wanting the same item leave the primary one entry
    @Test
    void mergingTwoDuplicatesWhoWantTheSameItemLeavesThePrimaryOneEntry() {
        ItemId ring = ring();
        ContactId primary = contact(ContactRole.CUSTOMER);
        ContactId first = contact(ContactRole.CUSTOMER);
        ContactId second = contact(ContactRole.CUSTOMER);
        as(() -> adding.add(first, ring, null, "first"));
        as(() -> adding.add(second, ring, null, "second"));
        as(() -> merging.merge(primary, List.of(first, second)));
        assertThat(as(() -> wishlists.wanting(ring))).singleElement()
                .satisfies(e -> assertThat(e.contact()).isEqualTo(primary));
    }

    // 07-contacts §Wishlist R3: removing an entry takes it off that customer's list only; the item stays as it was
    @Test
    void removingAnEntryTakesItOffThatCustomersListOnly() {
        ItemId ring = ring();
        ContactId ana = contact(ContactRole.CUSTOMER);
        ContactId ben = contact(ContactRole.CUSTOMER);
        long entry = as(() -> adding.add(ana, ring, null, null));
        as(() -> adding.add(ben, ring, null, null));
        assertThatThrownBy(() -> as(() -> removing.remove(ben, entry)))
                .isInstanceOf(com.jeweltrak.platform.RecordNotFound.class);
        as(() -> removing.remove(ana, entry));
        assertThat(as(() -> wishlists.wanting(ring))).extracting(WishlistEntry::contact).containsExactly(ben);
        assertThat(as(() -> items.get(ring)).quantities().inStock()).isEqualByComparingTo("1");
    }
}
