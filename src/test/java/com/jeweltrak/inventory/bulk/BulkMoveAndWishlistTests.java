package com.jeweltrak.inventory.bulk;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.inventory.wishlist.AddingToAWishlist;
import com.jeweltrak.inventory.wishlist.WishlistEntry;
import com.jeweltrak.inventory.wishlist.Wishlists;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.jeweltrak.support.WebSignIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Move to store and Add to wishlist for a selection (04-inventory §Bulk Actions R6, R10; 07-contacts §Wishlist R2). */
@IntegrationTest
class BulkMoveAndWishlistTests {

    static TestTenants.Tenant tenant;

    @Autowired MovingToAStore moving;
    @Autowired AddingManyToAWishlist wishlisting;
    @Autowired AddingToAWishlist addingOne;
    @Autowired Wishlists wishlists;
    @Autowired EditingContacts contacts;
    @Autowired ManagingGroups groups;
    @Autowired ReceivingAnItem receiving;
    @Autowired StockLedger ledger;
    @Autowired Items items;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestTenants tenants;
    @Autowired MockMvc mvc;

    BulkFixtures fx;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("bulk-move");
    }

    @BeforeEach
    void fixtures() {
        fx = new BulkFixtures(tenant, receiving, ledger, items, jdbc, transactions);
    }

    private StoreId anotherStore() {
        return tenants.addStore(tenant, "Uptown " + UUID.randomUUID().toString().substring(0, 6));
    }

    // Bulk Actions R6, R10: items on memo or with none in stock are skipped and named with what is available; the
    // others move, audited per item; quantities are per item, so no stock movement is written
    @Test
    void moveToStoreSkipsItemsOnMemoAndNamesThem() {
        StoreId uptown = anotherStore();
        Item moves = fx.ring("100", "200", "400");
        Item onMemo = fx.ring("100", "200", "400");
        fx.outOnMemo(onMemo);
        Item gone = fx.ring("100", "200", "400");
        fx.noneInStock(gone);
        long movementsBefore = fx.movements(moves);

        BulkOutcome outcome = fx.as(() -> moving.move(List.of(moves, onMemo, gone), uptown));

        assertThat(outcome.done()).containsExactly(moves.stockId());
        assertThat(outcome.skipped()).extracting(BulkOutcome.Skipped::stockId, BulkOutcome.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(onMemo.stockId(), "on memo"),
                        org.assertj.core.groups.Tuple.tuple(gone.stockId(), "none in stock"));
        assertThat(outcome.message("moved to Uptown")).contains("StockID " + onMemo.stockId() + " (on memo, 0 available)");
        assertThat(fx.item(gone.id()).store()).isEqualTo(tenant.store());
        assertThat(fx.item(moves.id()).store()).isEqualTo(uptown);
        assertThat(fx.item(onMemo.id()).store()).isEqualTo(tenant.store());
        assertThat(fx.bulkAuditEntries(moves, "move-store")).isEqualTo(1);
        assertThat(fx.movements(moves)).isEqualTo(movementsBefore);
    }

    // decision 7: a user may move items only to a store they may access; the batch is refused and nothing moves
    @Test
    void aUserWithoutAccessToTheTargetStoreIsRefused() throws Exception {
        StoreId uptown = anotherStore();
        long editors = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> groups.create(
                "Stock editors " + UUID.randomUUID().toString().substring(0, 6), null,
                Set.of("Inventory.View", "Inventory.Edit")));
        TestTenants.Person clerk = tenants.addPerson(tenant, "Mover", Set.of(editors), Set.of(tenant.store()));
        Item ring = fx.ring("100", "200", "400");
        Cookie session = WebSignIn.session(mvc, clerk.email(), TestTenants.PASSWORD);
        BulkFixtures.tick(mvc, session, BulkFixtures.JEWELRY, ring);

        mvc.perform(post("/inventory/bulk/move-store").cookie(session).with(csrf()).param("list", BulkFixtures.JEWELRY)
                        .param("storeId", uptown.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of your active stores.")));
        mvc.perform(post("/api/v1/items/bulk/move-store").with(clerk.signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemIds\": [%d], \"storeId\": %d}".formatted(ring.id().value(), uptown.value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.storeId").exists());
        assertThat(fx.item(ring.id()).store()).isEqualTo(tenant.store());
    }

    // Bulk Actions R6 on the page: the result message lists the skipped items by StockID with the reason
    @Test
    void thePageMovesAndListsTheSkippedItems() throws Exception {
        StoreId uptown = anotherStore();
        Item moves = fx.ring("100", "200", "400");
        Item onMemo = fx.ring("100", "200", "400");
        fx.outOnMemo(onMemo);
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        BulkFixtures.tick(mvc, session, BulkFixtures.JEWELRY, moves, onMemo);

        mvc.perform(post("/inventory/bulk/move-store").cookie(session).with(csrf()).param("list", BulkFixtures.JEWELRY)
                        .param("storeId", uptown.toString()))
                .andExpect(redirectedUrl("/inventory/jewelry"))
                .andExpect(flash().attribute("flash", containsString("1 item moved to Uptown")))
                .andExpect(flash().attribute("flash", containsString("StockID " + onMemo.stockId() + " (on memo")));
        assertThat(fx.item(moves.id()).store()).isEqualTo(uptown);
    }

    // Move to store over the API: moved and skipped items answered by StockID
    @Test
    void theApiMovesAndAnswersTheSkipped() throws Exception {
        StoreId uptown = anotherStore();
        Item moves = fx.ring("100", "200", "400");
        Item onMemo = fx.ring("100", "200", "400");
        fx.outOnMemo(onMemo);
        mvc.perform(post("/api/v1/items/bulk/move-store").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemIds\": [%d, %d], \"storeId\": %d}".formatted(moves.id().value(),
                                onMemo.id().value(), uptown.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moved[0]").value(moves.stockId()))
                .andExpect(jsonPath("$.skipped[0].stockId").value(onMemo.stockId()))
                .andExpect(jsonPath("$.skipped[0].reason").value("on memo"));
    }

    // 07-contacts §Wishlist R2 (once per customer): items already on the customer's list are skipped, the rest added
    @Test
    void wishlistBulkSkipsDuplicates() {
        Item already = fx.ring("100", "200", "400");
        Item fresh = fx.ring("100", "200", "400");
        ContactId dana = fx.as(() -> contacts.add(Contact.draft(new Contact.Name("Dana", "Bulk-" + UUID.randomUUID()
                        .toString().substring(0, 6), null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null,
                null, false, false, null, null)));
        fx.as(() -> addingOne.add(dana, already.id(), null, null));

        BulkOutcome outcome = fx.as(() -> wishlisting.add(List.of(already, fresh), dana));

        assertThat(outcome.done()).containsExactly(fresh.stockId());
        assertThat(outcome.skipped()).singleElement().satisfies(s -> {
            assertThat(s.stockId()).isEqualTo(already.stockId());
            assertThat(s.reason()).isEqualTo("already on the wishlist");
        });
        assertThat(fx.as(() -> wishlists.of(dana)).stream().map(WishlistEntry::item))
                .containsExactlyInAnyOrder(already.id(), fresh.id());
    }

    // 07-contacts §Wishlist via the page: the customer picked gets every selected item, duplicates named
    @Test
    void theWishlistPageAddsForThePickedCustomer() throws Exception {
        Item ring = fx.ring("100", "200", "400");
        ContactId lee = fx.as(() -> contacts.add(Contact.draft(new Contact.Name("Lee", "Bulk-" + UUID.randomUUID()
                        .toString().substring(0, 6), null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null,
                null, false, false, null, null)));
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        BulkFixtures.tick(mvc, session, BulkFixtures.JEWELRY, ring);

        mvc.perform(post("/inventory/bulk/wishlist").cookie(session).with(csrf()).param("list", BulkFixtures.JEWELRY)
                        .param("contactId", lee.toString()))
                .andExpect(redirectedUrl("/inventory/jewelry"))
                .andExpect(flash().attribute("flash", containsString("1 item added to Lee")));
        assertThat(fx.as(() -> wishlists.of(lee))).singleElement().satisfies(e -> assertThat(e.item()).isEqualTo(ring.id()));
    }
}
