package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inventory pages on the real database (04-inventory §Adding Inventory Items, §0). */
@IntegrationTest
class InventoryPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person sales;
    static StoreId secondStore;
    static String unique;

    @Autowired MockMvc mvc;
    @Autowired ReceivingAnItem receiving;
    @Autowired Items items;
    @Autowired EditingContacts editing;
    @Autowired Contacts contacts;
    @Autowired TransactionTemplate transactions;
    @Autowired com.jeweltrak.platform.picklists.PickLists pickLists;
    @Autowired com.jeweltrak.platform.picklists.PickListValues pickListValues;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("inventory-pages");
        sales = tenants.addPerson(tenant, "Sal", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        secondStore = tenants.addStore(tenant, "Uptown");
        unique = UUID.randomUUID().toString().substring(0, 6);
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private Item diamond(StoreId store, String description) {
        return new Item(null, 0, store, "Loose Diamond", null, description, null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("5234.56"), new Item.Prices(new BigDecimal("7000"), null, null, new BigDecimal("9999")), null,
                new DiamondDetails("WHITE", "Round", "G", null, "VS1", "EXCELLENT", null, null, null, null, null,
                        null, null, null, null, null, "NATURAL", 1));
    }

    private ItemId receive(Item item) {
        return as(() -> receiving.receive(item, new NewStock(BigDecimal.ONE, new BigDecimal("1.01"))));
    }

    private String page(MockHttpServletRequestBuilder request, TestTenants.Person person) throws Exception {
        return mvc.perform(request.with(person.signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** A valid new diamond's form, with some fields typed otherwise (name, value, name, value…). */
    private MockHttpServletRequestBuilder newDiamond(String... typed) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("family", "diamond",
                "storeId", tenant.store().toString(), "category", "Loose Diamond", "description", "Kept " + unique,
                "cost", "1200", "quantity", "1", "carats", "0.9", "purchaseDate", "2026-11-20", "clarity", "VS2"));
        for (int i = 0; i < typed.length; i += 2) fields.put(typed[i], typed[i + 1]);
        MockHttpServletRequestBuilder request = post("/inventory/items").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    // decision 7 (store access on every request): an item of a store one has no access to is not listed and is a 404
    @Test
    void itemsOfAStoreOneHasNoAccessToAreNeitherListedNorShown() throws Exception {
        String description = "Uptown only " + unique;
        ItemId uptown = receive(diamond(secondStore, description));
        String stockId = as(() -> items.get(uptown)).stockId();
        assertThat(page(get("/inventory/diamonds").param("q", description).param("stock", "all"), sales))
                .doesNotContain("/inventory/items/" + uptown + "\"");
        mvc.perform(get("/inventory/items/" + uptown).with(sales.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/inventory/items").param("stockId", stockId).with(sales.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/items/" + uptown).with(sales.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/peek/diamond/" + uptown).with(sales.signedIn())).andExpect(status().isNotFound());
        assertThat(page(get("/inventory/diamonds").param("q", description).param("stock", "all"), tenant.owner()))
                .contains("/inventory/items/" + uptown + "\"");
    }

    // 04-inventory §Adding Inventory Items R2: the family fixes the attribute block the form shows
    @Test
    void eachFamilysFormShowsOnlyItsOwnFields() throws Exception {
        String[] sections = {"jewelryFields", "watchFields", "diamondFields", "coloredStoneFields", "pearlFields"};
        for (Family family : Family.values()) {
            String body = page(get("/inventory/items/new").param("family", family.recordType()), tenant.owner());
            String own = sections[family.ordinal()];
            assertThat(body).as(family.label()).contains("id=\"" + own + "\"");
            for (String other : sections) {
                if (!other.equals(own)) assertThat(body).as(family.label()).doesNotContain("id=\"" + other + "\"");
            }
            // R5: the StockID is never typed; R7: stones carry their carats on new
            assertThat(body).doesNotContain("name=\"stockId\"");
            assertThat(body.contains("name=\"carats\"")).as(family.label()).isEqualTo(family.isStone());
        }
    }

    // 04-inventory §Adding Inventory Items R2: a family nobody has is not a page
    @Test
    void anUnknownFamilyIsNotFound() throws Exception {
        mvc.perform(get("/inventory/items/new").param("family", "handbag").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inventory/handbags").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    // 04-inventory §Adding Inventory Items R7: a carat weight of 0 is refused beside its field, the rest kept
    @Test
    void aCaratWeightOfZeroIsRefusedBesideItsFieldWithTheFormKept() throws Exception {
        String body = page(newDiamond("carats", "0"), tenant.owner());
        assertThat(body).contains("id=\"caratsError\"").contains("The carat weight must be more than 0.")
                .contains("Kept " + unique);
    }

    // 04-inventory §Adding Inventory Items, Diamond: a clarity outside FL…I3 is refused beside the clarity field
    @Test
    void anUnknownClarityIsRefusedBesideItsField() throws Exception {
        String body = page(newDiamond("clarity", "XX9"), tenant.owner());
        assertThat(body).contains("id=\"clarityError\"").contains("Kept " + unique);
    }

    // 04-inventory §Adding Inventory Items R6: prices may be blank or 0, never below zero
    @Test
    void aNegativePriceIsRefusedBesideItsField() throws Exception {
        String body = page(newDiamond("retailPrice", "-5"), tenant.owner());
        assertThat(body).contains("id=\"retailPriceError\"").contains("An amount cannot be below zero.")
                .contains("value=\"-5\"");
    }

    // 04-inventory §Adding Inventory Items R5, R7: a saved diamond gets its StockID, its carats, and its page
    @Test
    void aNewDiamondIsReceivedWithItsVendorAndOpensItsPage() throws Exception {
        ContactId vendor = as(() -> editing.add(Contact.draft(new Contact.Name("Gem", "Source" + unique, null, null),
                Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null)));
        String location = mvc.perform(newDiamond("vendorId", vendor.toString(), "lab", "GIA",
                        "certNumber", "22" + Math.abs(unique.hashCode())).with(tenant.owner().signedIn()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Item saved = as(() -> items.get(new ItemId(id)));
        assertThat(saved.quantities().carats()).isEqualByComparingTo("0.9");
        // Unified Contacts R7: the picked vendor is a Vendor now
        assertThat(as(() -> contacts.get(vendor)).hasRole(ContactRole.VENDOR)).isTrue();
        assertThat(page(get(location), tenant.owner())).contains("StockID " + saved.stockId()).contains("Source" + unique);
    }

    // 10-settings §Permissions (CanViewCost): the cost is not rendered for Sales, on the list, the page or the peek
    @Test
    void costIsNotRenderedWithoutCanViewCost() throws Exception {
        ItemId id = receive(diamond(tenant.store(), "Cost check " + unique));
        String list = page(get("/inventory/diamonds").param("q", unique), sales);
        String item = page(get("/inventory/items/" + id), sales);
        String peek = page(get("/peek/diamond/" + id), sales);
        assertThat(list).contains("Cost check " + unique).doesNotContain("5,234.56").doesNotContain("data-column=\"cost\"");
        assertThat(item).contains("Cost check " + unique).doesNotContain("5,234.56");
        assertThat(peek).doesNotContain("5,234.56");
        assertThat(page(get("/inventory/items/" + id), tenant.owner())).contains("$5,234.56");
    }

    // 04-inventory §0 StoreId: the list filters by store
    @Test
    void theListFiltersByStore() throws Exception {
        receive(diamond(tenant.store(), "Downtown stone " + unique));
        receive(diamond(secondStore, "Uptown stone " + unique));
        String body = page(get("/inventory/diamonds").param("store", secondStore.toString()).param("q", unique), tenant.owner());
        assertThat(body).contains("Uptown stone " + unique).doesNotContain("Downtown stone " + unique);
    }

    // Lists R5 (export = the list as filtered): the store filter narrows the export as it narrows the page
    @Test
    void theExportKeepsTheStoreFilter() throws Exception {
        receive(diamond(tenant.store(), "Export downtown " + unique));
        receive(diamond(secondStore, "Export uptown " + unique));
        String csv = page(get("/lists/export").param("list", "inventory.diamonds").param("format", "csv")
                .param("store", secondStore.toString()).param("q", unique), tenant.owner());
        assertThat(csv).contains("Export uptown " + unique).doesNotContain("Export downtown " + unique);
    }

    // 10-settings §Permissions (CanViewCost): an export for someone without it has no Cost column at all
    @Test
    void theExportHasNoCostColumnWithoutCanViewCost() throws Exception {
        receive(diamond(tenant.store(), "Export cost " + unique));
        String csv = page(get("/lists/export").param("list", "inventory.diamonds").param("format", "csv")
                .param("q", unique), sales);
        assertThat(csv.lines().findFirst().orElseThrow()).doesNotContain("Cost").contains("Retail");
        assertThat(page(get("/lists/export").param("list", "inventory.diamonds").param("format", "csv")
                .param("q", unique), tenant.owner()).lines().findFirst().orElseThrow()).contains("Cost");
    }

    // 04-inventory §0 InStock: the list shows what is in stock unless asked for all
    @Test
    void theListShowsItemsInStockUnlessAllAreAskedFor() throws Exception {
        ItemId sold = receive(diamond(tenant.store(), "Gone stone " + unique));
        mvc.perform(post("/inventory/items/" + sold + "/adjust").with(csrf()).param("quantityChange", "-1")
                        .param("caratsChange", "-1.01").param("reason", "Broken").with(tenant.owner().signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/inventory/diamonds").param("q", unique), tenant.owner())).doesNotContain("Gone stone " + unique);
        assertThat(page(get("/inventory/diamonds").param("q", unique).param("stock", "all"), tenant.owner()))
                .contains("Gone stone " + unique);
    }

    // design §4: a quantity change by hand needs its reason, said beside the field
    @Test
    void anAdjustmentWithoutAReasonIsRefusedBesideTheReason() throws Exception {
        ItemId id = receive(diamond(tenant.store(), "Reasonless " + unique));
        String body = page(post("/inventory/items/" + id + "/adjust").with(csrf()).param("quantityChange", "1"), tenant.owner());
        assertThat(body).contains("id=\"reasonError\"").contains("Say why the quantity changes.");
        assertThat(as(() -> items.get(id)).quantities().inStock()).isEqualByComparingTo("1");
    }

    // 01-navigation §Quick Peek: a list row's peek shows the item at a glance
    @Test
    void thePeekShowsTheItem() throws Exception {
        ItemId id = receive(diamond(tenant.store(), "Peeked " + unique));
        String stockId = as(() -> items.get(id)).stockId();
        assertThat(page(get("/peek/diamond/" + id), tenant.owner())).contains("StockID " + stockId).contains("Round");
    }

    // 04-inventory §0 StockID: a scanned StockID opens its item; an unknown one is a 404
    @Test
    void aScannedStockIdOpensItsItem() throws Exception {
        ItemId id = receive(diamond(tenant.store(), "Scanned " + unique));
        String stockId = as(() -> items.get(id)).stockId();
        mvc.perform(get("/inventory/items").param("stockId", stockId).with(tenant.owner().signedIn()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/inventory/items/" + id));
        mvc.perform(get("/inventory/items").param("stockId", "999999999").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    // 11-utilities §List Maintenance: a metal typed on the jewelry form joins the metal list for List Maintenance
    @Test
    void aNewlyTypedMetalJoinsTheMetalPickList() throws Exception {
        String metal = "Gilded Brass " + unique;
        mvc.perform(post("/inventory/items").with(csrf()).param("family", "jewelry").param("storeId", tenant.store().toString())
                        .param("category", "Ring").param("cost", "80").param("quantity", "1").param("purchaseDate", "2026-11-20")
                        .param("metal", metal).with(tenant.owner().signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(as(() -> pickListValues.of(pickLists.get(InventoryPickLists.METAL))))
                .anyMatch(v -> v.value().equals(metal) && v.stored());
    }

    // 04-inventory §Adding Inventory Items R5: an edit saves the family's fields and never changes the StockID
    @Test
    void anEditSavesTheFamilyFieldsAndKeepsTheStockId() throws Exception {
        ItemId id = receive(diamond(tenant.store(), "Edited " + unique));
        Item before = as(() -> items.get(id));
        mvc.perform(post("/inventory/items/" + id).with(csrf()).param("family", "diamond")
                        .param("storeId", tenant.store().toString()).param("category", "Loose Diamond").param("cost", "5000")
                        .param("purchaseDate", "2026-11-01").param("clarity", "SI1").param("shape", "Oval")
                        .param("stockId", "1").with(tenant.owner().signedIn()))
                .andExpect(status().is3xxRedirection());
        Item after = as(() -> items.get(id));
        assertThat(after.stockId()).isEqualTo(before.stockId());
        assertThat(((DiamondDetails) after.details()).clarity()).isEqualTo("SI1");
        assertThat(((DiamondDetails) after.details()).shape()).isEqualTo("Oval");
        assertThat(after.quantities().carats()).isEqualByComparingTo("1.01");
    }

    // 04-inventory §Adding Inventory Items (vendor): the edit form offers to untick the vendor, and saving so clears it
    @Test
    void anEditCanLeaveTheItemWithoutAVendor() throws Exception {
        ContactId vendor = as(() -> editing.add(Contact.draft(new Contact.Name(null, null, "Clearable " + unique, null),
                Set.of(ContactRole.VENDOR), null, null, null, null, null, null, false, false, null, null)));
        Item item = diamond(tenant.store(), "Vendor cleared " + unique);
        ItemId id = receive(new Item(null, 0, item.store(), item.category(), vendor, item.description(), item.identifiers(),
                item.taxable(), item.purchaseDate(), item.cost(), item.prices(), null, item.details()));
        assertThat(page(get("/inventory/items/" + id + "/edit"), tenant.owner()))
                .containsPattern("type=\"checkbox\" name=\"keptVendorId\" id=\"keepVendor\" value=\"" + vendor + "\"");

        mvc.perform(post("/inventory/items/" + id).with(csrf()).param("family", "diamond")
                        .param("storeId", tenant.store().toString()).param("category", "Loose Diamond").param("cost", "5000")
                        .param("purchaseDate", "2026-11-01").param("clarity", "VS1").with(tenant.owner().signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(as(() -> items.get(id)).vendor()).isNull();
    }
}
