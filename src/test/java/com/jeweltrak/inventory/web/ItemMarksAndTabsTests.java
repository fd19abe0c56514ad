package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestItemMarks;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The extension points other modules use on items (issue 8 point 1: the partnership "P" badge and tab), rendered through
 * the test stand-ins {@link TestItemMarks} / {@code TestItemTabs}: they mark only items described with
 * {@link TestItemMarks#MARKER}, so no other test sees them (a nested test configuration would start a second context).
 */
@IntegrationTest
class ItemMarksAndTabsTests {

    static TestTenants.Tenant tenant;
    static String unique;

    @Autowired MockMvc mvc;
    @Autowired ReceivingAnItem receiving;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("item-marks");
        unique = UUID.randomUUID().toString().substring(0, 6);
    }

    private ItemId ring(String description) {
        Item ring = new Item(null, 0, tenant.store(), "Ring", null, description, null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("350.00"), new Item.Prices(null, null, null, new BigDecimal("1200.00")), null,
                new JewelryDetails("Yellow Gold", "14K", null, null, null, "LADIES", "NEW"));
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> receiving.receive(ring, NewStock.one()));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String mark() {
        return "title=\"" + TestItemMarks.MARK.title() + "\"";
    }

    // issue 8 point 1 (badges): a marked item's row in its family list carries the mark; an unmarked one does not
    @Test
    void aMarkedItemsListRowShowsItsBadgeAndAnUnmarkedRowDoesNot() throws Exception {
        ring("Shared band " + unique + " " + TestItemMarks.MARKER);
        String body = page(get("/inventory/jewelry").param("q", "Shared band " + unique));
        assertThat(body).contains(mark());
        ring("Plain band " + unique);
        assertThat(page(get("/inventory/jewelry").param("q", "Plain band " + unique))).doesNotContain(mark());
    }

    // issue 8 point 1 (badges): a page of rows asks for the marks once, however many rows it has — never once per row
    @Test
    void aPageOfListRowsAsksForItsMarksOnce() throws Exception {
        for (int i = 0; i < 3; i++) ring("Batch " + unique + " " + i + " " + TestItemMarks.MARKER);
        int before = TestItemMarks.calls(tenant.id());
        String body = page(get("/inventory/jewelry").param("q", "Batch " + unique));
        assertThat(body.split(java.util.regex.Pattern.quote(mark()), -1)).hasSize(4);
        assertThat(TestItemMarks.calls(tenant.id()) - before).isEqualTo(1);
    }

    // issue 8 point 1 (badges): the item page's header and its Quick Peek show the marks
    @Test
    void theItemPageHeaderAndQuickPeekShowTheMarks() throws Exception {
        ItemId marked = ring("Header band " + unique + " " + TestItemMarks.MARKER);
        assertThat(page(get("/inventory/items/" + marked))).contains("id=\"itemMarks\"").contains(mark());
        assertThat(page(get("/peek/jewelry/" + marked))).contains(mark());
        ItemId plain = ring("Unmarked band " + unique);
        assertThat(page(get("/inventory/items/" + plain))).doesNotContain(mark());
        assertThat(page(get("/peek/jewelry/" + plain))).doesNotContain(mark());
    }

    // issue 8 point 1: a tab another module contributes shows on the item page, its body loaded by htmx from its URL
    @Test
    void aContributedTabShowsWithItsBodyLoadedFromItsUrl() throws Exception {
        ItemId marked = ring("Tabbed band " + unique + " " + TestItemMarks.MARKER);
        String body = page(get("/inventory/items/" + marked));
        assertThat(body).contains("id=\"co-ownedTabButton\"").contains("data-bs-target=\"#tab-co-owned\"")
                .contains("id=\"tab-co-owned\"").contains("hx-get=\"/inventory/items/" + marked + "/tag\"");
    }

    // issue 8 point 1: the tab only appears when the contributing bean returns it
    @Test
    void noTabShowsWhenTheContributorReturnsNone() throws Exception {
        ItemId plain = ring("Untabbed band " + unique);
        assertThat(page(get("/inventory/items/" + plain))).doesNotContain("co-ownedTabButton");
    }
}
