package com.jeweltrak.sales.web;

import java.util.Set;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Writing off over the API and on the invoice page (08-accounting §Writing Off Invoices R1–R7). */
@IntegrationTest
class WriteOffWebTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired ReturnFixtures returns;
    @Autowired FinalizingAnInvoice finalizing;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("write-off-web");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private InvoiceId owing(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    private static String reason(String why) {
        return "{\"reason\": \"" + why + "\"}";
    }

    // R1, R3, R7 over the API: 201 with the invoice showing writtenOff and a 0.00 balance; the reversal brings it back
    @Test
    void theApiWritesOffAndReversesShowingWrittenOff() throws Exception {
        InvoiceId id = owing("80.00");
        returns.pay(tenant, id, PaymentMethod.CASH, "30.00");
        mvc.perform(post("/api/v1/invoices/" + id + "/write-off").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(reason("Uncollectable")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("FINALIZED"))
                .andExpect(jsonPath("$.writtenOff").value("50.00"))
                .andExpect(jsonPath("$.totals.paid").value("30.00"))
                .andExpect(jsonPath("$.totals.balance").value("0.00"))
                .andExpect(jsonPath("$.writeOffs[0].reason").value("Uncollectable"))
                .andExpect(jsonPath("$.writeOffs[0].reversed").value(false));
        mvc.perform(post("/api/v1/invoices/" + id + "/write-off/reverse").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(reason("Paid after all")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.writtenOff").value("0.00"))
                .andExpect(jsonPath("$.totals.balance").value("50.00"))
                .andExpect(jsonPath("$.writeOffs[0].reversed").value(true))
                .andExpect(jsonPath("$.writeOffs[0].reversalReason").value("Paid after all"));
    }

    // issue 10 "bad input": a paid invoice → 422 with the reason; R6: no reason → 422 on the reason field
    @Test
    void theApiRefusesAPaidInvoiceAndAMissingReason() throws Exception {
        InvoiceId paid = owing("20.00");
        returns.pay(tenant, paid, PaymentMethod.CASH, "20.00");
        mvc.perform(post("/api/v1/invoices/" + paid + "/write-off").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(reason("Gone")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("is paid: nothing to write off")));
        InvoiceId owing = owing("20.00");
        mvc.perform(post("/api/v1/invoices/" + owing + "/write-off").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(reason(" ")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.reason").exists());
    }

    // R3: an Open invoice → 409
    @Test
    void theApiAnswersConflictForAnOpenInvoice() throws Exception {
        InvoiceId open = fixtures.open(tenant);
        fixtures.service(tenant, open, "10.00");
        mvc.perform(post("/api/v1/invoices/" + open + "/write-off").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(reason("Gone")))
                .andExpect(status().isConflict());
    }

    // R1, R4: a standing write-off refuses reopening and voiding, so the page offers neither and says why; once it is
    // reversed both come back
    @Test
    void theInvoicePageHidesReopenAndVoidWhileAWriteOffStands() throws Exception {
        InvoiceId id = owing("60.00");
        mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("id=\"reopenInvoice\"")))
                .andExpect(content().string(containsString("id=\"voidInvoice\"")))
                .andExpect(content().string(not(containsString("Reverse the write-off to reopen or void"))));
        mvc.perform(post("/api/v1/invoices/" + id + "/write-off").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content(reason("Moved away"))).andExpect(status().isCreated());
        mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"reopenInvoice\""))))
                .andExpect(content().string(not(containsString("id=\"voidInvoice\""))))
                .andExpect(content().string(containsString("Reverse the write-off to reopen or void")));
        mvc.perform(post("/api/v1/invoices/" + id + "/write-off/reverse").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content(reason("Found them"))).andExpect(status().isOk());
        mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("id=\"reopenInvoice\"")))
                .andExpect(content().string(containsString("id=\"voidInvoice\"")));
    }

    // R6: the same permission as voids — counter staff may not write off
    @Test
    void counterStaffMayNotWriteOff() throws Exception {
        InvoiceId id = owing("20.00");
        mvc.perform(post("/api/v1/invoices/" + id + "/write-off").with(clerk.signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(reason("Gone")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sales/invoices/" + id).with(clerk.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Write off as bad debt"))));
    }

    // UI: the action on an eligible invoice; done, the write-off shows in the payments section with Reverse
    @Test
    void thePageWritesOffAndShowsTheWriteOffAmongThePayments() throws Exception {
        InvoiceId id = owing("45.00");
        mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("Write off as bad debt")));
        mvc.perform(post("/sales/invoices/" + id + "/write-off").with(tenant.owner().signedIn()).with(csrf())
                        .param("reason", "Bankrupt"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sales/invoices/" + id));
        mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("Written off as bad debt")))
                .andExpect(content().string(containsString("(Bankrupt)")))
                .andExpect(content().string(containsString("id=\"writtenOff\">45.00<")))
                .andExpect(content().string(containsString("reverseWriteOffForm")))
                .andExpect(content().string(not(containsString("id=\"writeOffInvoice\""))));
        mvc.perform(post("/sales/invoices/" + id + "/write-off/reverse").with(tenant.owner().signedIn()).with(csrf())
                        .param("reason", "Will pay"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sales/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("Reversed ")))
                .andExpect(content().string(containsString("Will pay")));
    }

    // R6 on the page: no reason → the page again, 422, the message beside the reason box
    @Test
    void thePageSaysWhyAWriteOffWithoutAReasonIsRefused() throws Exception {
        InvoiceId id = owing("45.00");
        mvc.perform(post("/sales/invoices/" + id + "/write-off").with(tenant.owner().signedIn()).with(csrf())
                        .param("reason", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say why this invoice is written off.")));
    }
}
