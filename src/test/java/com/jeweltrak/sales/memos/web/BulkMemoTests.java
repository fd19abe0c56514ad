package com.jeweltrak.sales.memos.web;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.jeweltrak.support.WebSignIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Memo selected items" on the inventory lists (04-inventory §Bulk Actions R2–R6; 02-sales §Memos R2). */
@IntegrationTest
class BulkMemoTests {

    static final String JEWELRY = "inventory.jewelry";

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired MemoFixtures fixtures;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("bulk-memo");
    }

    private void tick(Cookie session, Item... rows) throws Exception {
        mvc.perform(post("/lists/selection").cookie(session).with(csrf()).header("HX-Request", "true").param("list", JEWELRY)
                        .param("ids", String.join(",", java.util.Arrays.stream(rows).map(i -> i.id().toString()).toList()))
                        .param("selected", "page"))
                .andExpect(status().isOk());
    }

    // Bulk Actions R2: the action is offered on the inventory lists
    @Test
    void theInventoryListsOfferMemoSelectedItems() throws Exception {
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        String list = mvc.perform(get("/inventory/jewelry").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("Memo selected items").contains("/sales/memos/bulk");
    }

    // Bulk Actions R3–R6: preview names what goes and what is skipped; confirm memos the rest and names the skipped
    @Test
    void theSelectionGoesOutOnANewMemoWithTheItemAlreadyOutSkippedAndNamed() throws Exception {
        Item free = fixtures.item(tenant, fixtures.ring(tenant));
        Item out = fixtures.item(tenant, fixtures.ring(tenant));
        MemoId holding = fixtures.issueWith(tenant, out.stockId());
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        tick(session, free, out);
        String customer = fixtures.sales.customer(tenant).toString();

        String preview = mvc.perform(post("/sales/memos/bulk").cookie(session).with(csrf()).param("list", JEWELRY)
                        .param("customerId", customer).param("terms", "Bulk terms"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("id=\"confirmMemo\"").contains("StockID " + free.stockId())
                .contains("StockID " + out.stockId() + " — 0 in stock (out on memo " + fixtures.read(tenant, holding).number() + ")");

        mvc.perform(post("/sales/memos/bulk").cookie(session).with(csrf()).param("list", JEWELRY)
                        .param("customerId", customer).param("terms", "Bulk terms").param("confirmed", "true"))
                .andExpect(redirectedUrl("/inventory/jewelry"))
                .andExpect(flash().attribute("flash", allOf(containsString("1 item went out on memo"),
                        containsString("Skipped: StockID " + out.stockId()))));
        assertThat(fixtures.onMemo(tenant, free.stockId())).isEqualByComparingTo("1");
    }

    // Bulk Actions R5: a new memo needs a customer
    @Test
    void aNewMemoWithoutACustomerIsRefusedOnThePage() throws Exception {
        Item free = fixtures.item(tenant, fixtures.ring(tenant));
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        tick(session, free);
        String refused = mvc.perform(post("/sales/memos/bulk").cookie(session).with(csrf()).param("list", JEWELRY)
                        .param("confirmed", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Pick the customer taking the memo");
        assertThat(fixtures.onMemo(tenant, free.stockId())).isZero();
    }

    // Bulk Actions R3, R4: adding to an existing open memo uses that memo (and its customer)
    @Test
    void theSelectionCanGoOntoAnExistingOpenMemo() throws Exception {
        Item free = fixtures.item(tenant, fixtures.ring(tenant));
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        tick(session, free);
        mvc.perform(post("/sales/memos/bulk").cookie(session).with(csrf()).param("list", JEWELRY)
                        .param("existingMemo", memo.toString()).param("confirmed", "true"))
                .andExpect(redirectedUrl("/inventory/jewelry"));
        assertThat(fixtures.read(tenant, memo).lines()).hasSize(2);
    }
}
