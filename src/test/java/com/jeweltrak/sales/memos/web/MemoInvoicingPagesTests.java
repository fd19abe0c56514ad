package com.jeweltrak.sales.memos.web;

import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.MemoPill;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Convert to invoice on the memo pages (02-sales §Memos R5, R7; §Reversing R1: the invoice link on the memo line). */
@IntegrationTest
class MemoInvoicingPagesTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired MemoFixtures fixtures;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("memo-invoicing-pages");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    // §Memos R5, R7: Invoice… (capped at Out) → Invoice selected → the new invoice; the memo links to it, pill follows
    @Test
    void invoicingSelectedLinesOpensTheInvoiceAndTheMemoLinksToIt() throws Exception {
        String ring = fixtures.ring(tenant);
        String pendant = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring, pendant);
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        assertThat(page("/sales/memos/" + memo)).contains("id=\"invoiceMemo\"");
        String form = page("/sales/memos/" + memo + "/invoice");
        assertThat(form).contains("name=\"qty-" + line + "\"").contains("max=\"1\"").contains("Invoice selected");
        String invoice = mvc.perform(post("/sales/memos/" + memo + "/invoices").param("qty-" + line, "1")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrlPattern("/sales/invoices/*")).andReturn().getResponse().getRedirectedUrl();
        // §Reversing R1: the invoice line names the memo it came from
        assertThat(page(invoice)).contains(ring).contains("From memo " + fixtures.read(tenant, memo).number())
                .contains("href=\"/sales/memos/" + memo + "\"");
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.PARTIAL);
        String shown = page("/sales/memos/" + memo);
        assertThat(shown).contains("1 out · 0 returned · 1 invoiced").contains("href=\"" + invoice + "\"");
    }

    // §Memos R7 on the page: more than is out is refused on the form, the typed quantity kept
    @Test
    void invoicingMoreThanIsOutIsRefusedOnTheFormKeepingWhatWasTyped() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        String refused = mvc.perform(post("/sales/memos/" + memo + "/invoices").param("qty-" + line, "2")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("2 cannot be invoiced").contains("value=\"2\"");
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.OPEN);
    }

    // §Memos R5: nothing out, nothing to invoice — the button is gone
    @Test
    void aMemoWithNothingOutOffersNoInvoicing() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        fixtures.giveBack(tenant, memo, fixtures.read(tenant, memo).lines().getFirst().id(), "1");
        assertThat(page("/sales/memos/" + memo)).doesNotContain("id=\"invoiceMemo\"");
    }
}
