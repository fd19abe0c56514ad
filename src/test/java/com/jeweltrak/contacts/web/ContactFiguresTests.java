package com.jeweltrak.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 09-reports §3 R5: a contact's lifetime figures on its Transactions tab. */
@IntegrationTest
class ContactFiguresTests {

    @Autowired TestTenants tenants;
    @Autowired MemoFixtures memos;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired VoidingAnInvoice voiding;
    @Autowired MockMvc mvc;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("contact-figures");
    }

    @Test
    void lifetimeSpendCountsFinalizedInvoicesOnlyAndTheBalanceItemsOnMemoAndLastPurchaseShow() throws Exception {
        // 09 §3 R5: lifetime net spend (non-voided), open AR balance, items on memo, last purchase date
        finalized("250.00");
        InvoiceId voided = finalized("1000.00");
        memos.sales.run(tenant, () -> voiding.voidInvoice(voided));
        memos.sales.open(tenant); // an Open invoice is not a sale (C9)
        memos.issueWith(tenant, memos.ring(tenant), memos.ring(tenant));
        var customer = memos.sales.customer(tenant);

        String page = mvc.perform(get("/contacts/" + customer.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String figures = page.substring(page.indexOf("id=\"contactFigures\""), page.indexOf("</dl>", page.indexOf("id=\"contactFigures\"")));

        assertThat(figures).contains("Lifetime net spend", "$250.00").doesNotContain("$1,250.00");
        assertThat(figures).contains("Open AR balance", "/accounting/receivables/" + customer.value());
        assertThat(figures).contains("Items on memo").containsPattern(">\\s*2\\s*<");
        assertThat(figures).contains("Last purchase");
    }

    private InvoiceId finalized(String price) {
        InvoiceId id = memos.sales.open(tenant);
        memos.sales.service(tenant, id, price);
        memos.sales.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }
}
