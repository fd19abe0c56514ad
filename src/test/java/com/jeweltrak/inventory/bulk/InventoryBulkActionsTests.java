package com.jeweltrak.inventory.bulk;

import java.util.Set;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.lists.ListView;
import com.jeweltrak.platform.users.BuiltInGroups;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The bulk-action bar of the five inventory lists and who sees which action (04-inventory §Bulk Actions R1). */
@IntegrationTest
class InventoryBulkActionsTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person sales;

    @Autowired ReceivingAnItem receiving;
    @Autowired StockLedger ledger;
    @Autowired Items items;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    BulkFixtures fx;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("bulk-bar");
        sales = tenants.addPerson(tenant, "Sal", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    @BeforeEach
    void fixtures() {
        fx = new BulkFixtures(tenant, receiving, ledger, items, jdbc, transactions);
    }

    private ListView.BulkBar bar(Cookie session, Family family) throws Exception {
        ListView list = (ListView) mvc.perform(get("/inventory/" + family.slug()).cookie(session))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        return list.bulk();
    }

    // Bulk Actions R1: every family list offers the four actions under Actions ▾ to someone holding the permissions
    @Test
    void allFiveListsOfferTheActions() throws Exception {
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        for (Family family : Family.values()) {
            assertThat(bar(session, family).actions()).extracting(ListView.BulkBar.Action::key).as(family.plural())
                    .contains("print-tags", "price-change", "move-store", "wishlist");
        }
        mvc.perform(get("/inventory/diamonds").cookie(session))
                .andExpect(content().string(containsString(">Actions</button>")))
                .andExpect(content().string(containsString("href=\"/inventory/bulk/price-change?list=inventory.diamonds\"")))
                // queueing tags is harmless: no "Print tags: n rows?" to confirm
                .andExpect(content().string(not(containsString("Print tags: "))));
    }

    // Pricing Multipliers R9 (CanModifyPriceTiers), 10-settings §Permissions: counter staff without Inventory.Edit and
    // CanModifyPriceTiers see neither price change nor move, and cannot reach their pages
    @Test
    void aUserWithoutThePermissionDoesNotSeeTheAction() throws Exception {
        Cookie session = WebSignIn.session(mvc, sales.email(), TestTenants.PASSWORD);
        assertThat(bar(session, Family.JEWELRY).actions()).extracting(ListView.BulkBar.Action::key)
                .containsExactlyInAnyOrder("print-tags", "wishlist", "invoice", "memo"); // counter staff sell and memo
        mvc.perform(get("/inventory/bulk/price-change").cookie(session).param("list", BulkFixtures.JEWELRY))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inventory/bulk/move-store").cookie(session).param("list", BulkFixtures.JEWELRY))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/items/bulk/price-change").with(sales.signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemIds\": [1], \"levels\": [\"RETAIL\"], \"kind\": \"PERCENT\", \"value\": \"5\"}"))
                .andExpect(status().isForbidden());
    }

    // Bulk Actions; Printing Barcode Tags R2: Print tags queues the selected items and goes to the print queue
    @Test
    void printTagsQueuesTheSelectionAndGoesThere() throws Exception {
        Item first = fx.ring("100", "200", "400");
        Item second = fx.ring("100", "200", "400");
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        BulkFixtures.tick(mvc, session, BulkFixtures.JEWELRY, first, second);

        mvc.perform(post("/lists/bulk").cookie(session).with(csrf()).param("list", BulkFixtures.JEWELRY)
                        .param("action", "print-tags"))
                .andExpect(redirectedUrl("/inventory/print-tags"))
                .andExpect(flash().attribute("flash", "2 items added to the print queue."));
        mvc.perform(get("/inventory/print-tags").cookie(session))
                .andExpect(content().string(containsString(first.stockId())))
                .andExpect(content().string(containsString(second.stockId())));
        assertThat(bar(session, Family.JEWELRY).count()).as("the selection is used up").isZero();
    }

    // Bulk Actions: an action that asks first, posted to the bar's endpoint anyway, leads to its page
    @Test
    void anActionThatAsksFirstLeadsToItsPage() throws Exception {
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        mvc.perform(post("/lists/bulk").cookie(session).with(csrf()).param("list", BulkFixtures.JEWELRY)
                        .param("action", "move-store"))
                .andExpect(redirectedUrl("/inventory/bulk/move-store?list=inventory.jewelry"));
    }
}
