package com.jeweltrak.inventory.wishlist.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The wishlist tabs and API (07-contacts §Save Inventory Items to a Customer's Wishlist). */
@IntegrationTest
class WishlistWebTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired ReceivingAnItem receiving;
    @Autowired Items items;
    @Autowired EditingContacts editing;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("wishlist-web");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private ItemId pendant() {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Pendant", null, "Sapphire halo pendant", null,
                true, LocalDate.of(2026, 11, 1), new BigDecimal("400.00"),
                new Item.Prices(null, null, null, new BigDecimal("1250.00")), null,
                new JewelryDetails("White Gold", "14K", null, null, new BigDecimal("18"), "LADIES", "NEW")), NewStock.one()));
    }

    private ContactId contact(String first, ContactRole role) {
        String last = "Wisher-" + UUID.randomUUID().toString().substring(0, 6);
        return as(() -> editing.add(Contact.draft(new Contact.Name(first, last, null, null), Set.of(role), null, null,
                null, null, null, null, false, false, null, null)));
    }

    // 07-contacts §Wishlist R2, R4: added from the item page, it shows on the customer's Wishlist tab as Available
    @Test
    void anItemAddedFromItsPageShowsOnTheCustomersWishlistTab() throws Exception {
        ItemId item = pendant();
        ContactId cora = contact("Cora", ContactRole.CUSTOMER);
        String stockId = as(() -> items.get(item)).stockId();
        mvc.perform(post("/inventory/items/" + item.value() + "/wishlists").with(tenant.owner().signedIn()).with(csrf())
                        .param("contactId", Long.toString(cora.value())).param("occasion", "BIRTHDAY").param("note", "Loves blue"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inventory/items/" + item.value() + "#wishlists"));
        mvc.perform(get("/inventory/wishlists/contact/" + cora.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(stockId)))
                .andExpect(content().string(containsString("Sapphire halo pendant")))
                .andExpect(content().string(containsString("$1,250.00")))
                .andExpect(content().string(containsString("Available")))
                .andExpect(content().string(containsString("Birthday")))
                .andExpect(content().string(containsString("Loves blue")));
        mvc.perform(get("/inventory/items/" + item.value() + "/wishlists").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cora")));
    }

    // 07-contacts §Wishlist R2: a second add for the same customer comes back with the message beside the customer
    @Test
    void addingTheSameItemTwiceShowsTheMessageBesideTheCustomerAndKeepsTheNote() throws Exception {
        ItemId item = pendant();
        ContactId dora = contact("Dora", ContactRole.CUSTOMER);
        mvc.perform(post("/inventory/items/" + item.value() + "/wishlists").with(tenant.owner().signedIn()).with(csrf())
                .param("contactId", Long.toString(dora.value()))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/inventory/items/" + item.value() + "/wishlists").with(tenant.owner().signedIn()).with(csrf())
                        .header("HX-Request", "true")
                        .param("contactId", Long.toString(dora.value())).param("note", "Second try"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contactIdError\"")))
                .andExpect(content().string(containsString("already on")))
                .andExpect(content().string(containsString("value=\"Second try\"")));
    }

    // 07-contacts §Wishlist R2: no customer picked is refused beside the customer field
    @Test
    void addingWithoutACustomerAsksForOne() throws Exception {
        ItemId item = pendant();
        mvc.perform(post("/inventory/items/" + item.value() + "/wishlists").with(tenant.owner().signedIn()).with(csrf())
                        .header("HX-Request", "true").param("occasion", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pick a customer.")));
    }

    // 07-contacts §Wishlist R1, R5: over the API, by StockID, and the vendor-only contact becomes a customer
    @Test
    void theApiAddsByStockIdListsBothWaysAndRemoves() throws Exception {
        ItemId item = pendant();
        String stockId = as(() -> items.get(item)).stockId();
        ContactId vera = contact("Vera", ContactRole.VENDOR);
        String created = mvc.perform(post("/api/v1/contacts/" + vera.value() + "/wishlist").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stockId\": \"" + stockId + "\", \"occasion\": \"ANNIVERSARY\", \"note\": \"10th\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stockId").value(stockId))
                .andExpect(jsonPath("$.retailPrice").value("1250.00"))
                .andExpect(jsonPath("$.status").value("Available"))
                .andExpect(jsonPath("$.occasion").value("ANNIVERSARY"))
                .andReturn().getResponse().getContentAsString();
        int entry = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/contacts/" + vera.value()).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("customer")));
        mvc.perform(get("/api/v1/items/" + item.value() + "/wishlists").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].contactId").value(vera.value()));
        mvc.perform(post("/api/v1/contacts/" + vera.value() + "/wishlist").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"itemId\": " + item.value() + "}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/contacts/" + vera.value() + "/wishlist/" + entry + "/remove").with(tenant.owner().signedIn()))
                .andExpect(status().isOk());
        String list = mvc.perform(get("/api/v1/contacts/" + vera.value() + "/wishlist").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(list, "$.totalElements")).isZero();
    }

    // 07-contacts §Wishlist (permissions): someone without Contacts.View sees no wishlist, and cannot add to one
    @Test
    void someoneWithoutContactPermissionsCannotSeeOrAddWishlists(@Autowired TestTenants tenants,
                                                                 @Autowired ManagingGroups groups) throws Exception {
        ItemId item = pendant();
        ContactId fay = contact("Fay", ContactRole.CUSTOMER);
        long stockOnly = as(() -> groups.create("Stock only " + UUID.randomUUID().toString().substring(0, 6), null,
                Set.of("Inventory.View")));
        TestTenants.Person nobody = tenants.addPerson(tenant, "Nobody", Set.of(stockOnly), Set.of());
        mvc.perform(get("/inventory/wishlists/contact/" + fay.value()).with(nobody.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contacts/" + fay.value() + "/wishlist").with(nobody.signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"itemId\": " + item.value() + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/contacts/" + fay.value() + "/wishlist").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    // decision 7 (store access on every request): an item of a store the person does not work in is not theirs to see
    @Test
    void anItemOfAnotherStoreIsNotFoundAndLeftOffTheCustomersList(@Autowired TestTenants tenants) throws Exception {
        ItemId item = pendant();
        ContactId gail = contact("Gail", ContactRole.CUSTOMER);
        mvc.perform(post("/api/v1/contacts/" + gail.value() + "/wishlist").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"itemId\": " + item.value() + "}"))
                .andExpect(status().isCreated());
        StoreId branch = tenants.addStore(tenant, "Branch " + UUID.randomUUID().toString().substring(0, 6));
        TestTenants.Person clerk = tenants.addPerson(tenant, "Branchclerk", Set.of(tenant.group(BuiltInGroups.SALES)),
                Set.of(branch));
        mvc.perform(get("/api/v1/items/" + item.value() + "/wishlists").with(clerk.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inventory/items/" + item.value() + "/wishlists").with(clerk.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contacts/" + gail.value() + "/wishlist").with(clerk.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    // 07-contacts §Wishlist: removing from the contact's tab takes the entry off and shows the list without it
    @Test
    void removingFromTheContactsTabTakesTheEntryOff() throws Exception {
        ItemId item = pendant();
        ContactId ella = contact("Ella", ContactRole.CUSTOMER);
        String created = mvc.perform(post("/api/v1/contacts/" + ella.value() + "/wishlist").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"itemId\": " + item.value() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int entry = JsonPath.read(created, "$.id");
        mvc.perform(post("/inventory/wishlists/" + entry + "/remove").with(tenant.owner().signedIn()).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("removed from the wishlist")))
                .andExpect(content().string(not(containsString("Sapphire halo pendant"))));
    }
}
