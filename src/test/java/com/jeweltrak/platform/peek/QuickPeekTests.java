package com.jeweltrak.platform.peek;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Set;

import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 01-navigation §Quick Peek, issue 3 point 2: the drawer fragments and who may open them. */
@IntegrationTest
class QuickPeekTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static TestTenants.Person clerk;
    static StoreId mall;

    @Autowired MockMvc mvc;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired Stores stores,
                            @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("peek");
        other = tenants.open("peek-other");
        clerk = tenants.addPerson(tenant, "Petra", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mall = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> stores.add(
                new Store(null, "Harbor Mall", new Store.Address("7 Quay St", "Portland", "ME", "04101", "US"),
                        "207-555-0101", "harbor@test.example", ZoneId.of("America/New_York"), null, null,
                        new Store.TaxSetup(new BigDecimal("0.0625"), new BigDecimal("0.01"), null), 'W',
                        new Store.DisplayFlags(true, false, true), true))));
    }

    // Quick Peek Data, R3, R6: a user's peek shows the key facts, read-only, with Close and Open Full User
    @Test
    void aUsersPeekShowsTheKeyFactsAndLeadsToTheFullPage() throws Exception {
        mvc.perform(get("/peek/user/{id}", clerk.id().value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Petra Tester"), containsString(clerk.email()),
                        containsString("mailto:" + clerk.email()), containsString("Sales"), containsString("Active"),
                        containsString("0 open sessions"), containsString("data-peek-close"),
                        containsString("Open Full User"), containsString("href=\"/settings/users/" + clerk.id().value() + "\""),
                        // R4: the user's store opens its own peek on top
                        containsString("data-peek=\"/peek/store/" + tenant.store().value() + "\""))))
                .andExpect(content().string(allOf(not(containsString("<form")), not(containsString("<nav")))));
    }

    // Quick Peek Data, R6: a store's peek shows address, tax rates as percentages and flags; Open Full Store
    @Test
    void aStoresPeekShowsAddressTaxRatesAsPercentAndFlags() throws Exception {
        mvc.perform(get("/peek/store/{id}", mall.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Harbor Mall"), containsString("7 Quay St"),
                        containsString("Portland"), containsString("6.25 %"), containsString("1 %"),
                        containsString("Order number"), containsString("Serial / cert number"),
                        not(containsString("Salesperson per line")), containsString("tel:207-555-0101"),
                        containsString("Open Full Store"), containsString("href=\"/settings/stores/" + mall.value() + "\""))));
    }

    // Quick Peek R10, design §4: another tenant's record is not found, like its full page
    @Test
    void anotherTenantsRecordIsNotFound() throws Exception {
        mvc.perform(get("/peek/user/{id}", other.owner().id().value()).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(other.owner().email()))));
        mvc.perform(get("/peek/store/{id}", other.store().value()).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    // Quick Peek R8: only registered record types have a peek; anything else is not found
    @Test
    void anUnknownRecordTypeOrIdIsNotFound() throws Exception {
        mvc.perform(get("/peek/invoice/{id}", 1).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/peek/user/{id}", "abc").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/peek/user/{id}", Long.MAX_VALUE).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    // Quick Peek R10: without the full page's permission (CanManageUsers) the peek is refused
    @Test
    void withoutThePermissionOfTheFullPageThePeekIsRefused() throws Exception {
        mvc.perform(get("/peek/user/{id}", tenant.owner().id().value()).with(clerk.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/peek/store/{id}", tenant.store().value()).with(clerk.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/users/{id}", tenant.owner().id().value()).with(clerk.signedIn()))
                .andExpect(status().isForbidden());
    }

    // design §5: a peek is for signed-in people only
    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        mvc.perform(get("/peek/user/{id}", clerk.id().value())).andExpect(status().is3xxRedirection());
    }
}
