package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.LastAdministratorCannotLeave;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.jeweltrak.support.WebSignIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * issue 3 §1: row check boxes whose selection survives paging, feeding the bulk actions modules
 * register — here "Deactivate selected" on Settings → Users. Real sessions (in PostgreSQL), as a
 * browser has them, because the selection lives in the session.
 */
@IntegrationTest
class ListSelectionAndBulkTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired ManagingUsers managing;
    @Autowired Users users;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("list-selection");
    }

    private record Staff(String token, List<UserId> ids) {
    }

    /** Sales clerks sharing a last name no other test uses, so a search finds exactly them. */
    private Staff staff(TestTenants.Tenant in, int count) {
        String token = "Sel" + UUID.randomUUID().toString().substring(0, 6);
        List<UserId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first = "Clerk" + (char) ('A' + i);
            ids.add(TenantContext.callAs(in.id(), in.owner().id(), () -> managing.createWithPassword(new ManagingUsers.NewUser(
                    first, token, first.toLowerCase() + "-" + token + "@test.example", null,
                    Set.of(in.group(BuiltInGroups.SALES)), Set.of(in.store())), TestTenants.PASSWORD)));
        }
        return new Staff(token, ids);
    }

    private ListView page(Cookie session, String q, int page) throws Exception {
        Object list = mvc.perform(get("/settings/users").cookie(session).param("q", q).param("size", "1")
                        .param("page", String.valueOf(page)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("list");
        return (ListView) list;
    }

    private String tick(Cookie session, boolean selected, UserId... ids) throws Exception {
        var request = post("/lists/selection").cookie(session).with(csrf()).header("HX-Request", "true")
                .param("list", "settings.users")
                .param("ids", String.join(",", java.util.Arrays.stream(ids).map(UserId::toString).toList()));
        if (selected) request.param("selected", ids.length == 1 ? ids[0].toString() : "page");
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private boolean active(TestTenants.Tenant in, UserId id) {
        return TenantContext.callAs(in.id(), null, () -> users.get(id).active());
    }

    // issue 3 §1: a row ticked on page 1 is still ticked after going to page 2 and back, and the count adds up
    @Test
    void theSelectionSurvivesPaging() throws Exception {
        Staff staff = staff(tenant, 2);
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);

        ListView first = page(session, staff.token(), 0);
        long firstRow = first.rows().getFirst().id();
        assertThat(tick(session, true, new UserId(firstRow))).contains("<span class=\"jt-selected-count\">1</span> selected");

        ListView second = page(session, staff.token(), 1);
        assertThat(second.rows()).singleElement().satisfies(r -> assertThat(r.selected()).isFalse());
        assertThat(second.bulk().count()).isEqualTo(1);
        assertThat(tick(session, true, new UserId(second.rows().getFirst().id()))).contains(">2</span> selected");

        ListView back = page(session, staff.token(), 0);
        assertThat(back.rows()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(firstRow);
            assertThat(r.selected()).isTrue();
        });
        assertThat(back.bulk().count()).isEqualTo(2);
    }

    // issue 3 §1: "select all on this page" ticks every row of the page; unticking one leaves the others
    @Test
    void selectAllOnThePageAndUntickOne() throws Exception {
        Staff staff = staff(tenant, 3);
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);

        assertThat(tick(session, true, staff.ids().toArray(UserId[]::new))).contains(">3</span> selected");
        assertThat(tick(session, false, staff.ids().get(1))).contains(">2</span> selected");

        mvc.perform(post("/lists/selection/clear").cookie(session).with(csrf()).param("list", "settings.users"))
                .andExpect(content().string(containsString(">0</span> selected")));
    }

    // 10-settings §Users R6 via a registered bulk action: every selected user is deactivated, then the selection is cleared
    @Test
    void deactivateSelectedDeactivatesEveryTickedUser() throws Exception {
        Staff staff = staff(tenant, 3);
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        tick(session, true, staff.ids().get(0), staff.ids().get(2));

        mvc.perform(post("/lists/bulk").cookie(session).with(csrf()).param("list", "settings.users")
                        .param("action", "deactivate"))
                .andExpect(redirectedUrl("/settings/users"))
                .andExpect(flash().attribute("flash", "2 users deactivated; their sessions ended."));

        assertThat(active(tenant, staff.ids().get(0))).isFalse();
        assertThat(active(tenant, staff.ids().get(1))).isTrue();
        assertThat(active(tenant, staff.ids().get(2))).isFalse();
        assertThat(page(session, staff.token(), 0).bulk().count()).isZero();
    }

    // 10-settings §Permissions R16: a batch that would leave no administrator is refused whole, with the rule's message
    @Test
    void aBatchWithTheLastAdministratorIsRefusedWhole() throws Exception {
        TestTenants.Tenant solo = tenants.open("list-selection-solo");
        Staff staff = staff(solo, 1);
        Cookie session = WebSignIn.session(mvc, solo.owner().email(), TestTenants.PASSWORD);
        tick(session, true, staff.ids().getFirst(), solo.owner().id());

        mvc.perform(post("/lists/bulk").cookie(session).with(csrf()).param("list", "settings.users")
                        .param("action", "deactivate"))
                .andExpect(redirectedUrl("/settings/users"))
                .andExpect(flash().attribute("problem", new LastAdministratorCannotLeave().getMessage()));

        assertThat(active(solo, solo.owner().id())).isTrue();
        assertThat(active(solo, staff.ids().getFirst())).as("nothing of the batch is done").isTrue();
        assertThat(page(session, staff.token(), 0).bulk().count()).as("the selection is kept to be changed").isEqualTo(2);
    }

    // design §4: another tenant's id in the selection is not found, and nothing of that tenant changes
    @Test
    void anotherTenantsUserCannotBeDeactivatedThroughTheSelection() throws Exception {
        TestTenants.Tenant far = tenants.open("list-selection-far");
        Staff theirs = staff(far, 1);
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        tick(session, true, theirs.ids().getFirst());

        mvc.perform(post("/lists/bulk").cookie(session).with(csrf()).param("list", "settings.users")
                .param("action", "deactivate")).andExpect(status().isNotFound());

        assertThat(active(far, theirs.ids().getFirst())).isTrue();
    }

    // 10-settings §Users R12: the selection and bulk actions of a list are refused to whoever may not see it
    @Test
    void aClerkCannotSelectOrRunBulkActionsOnTheUsersList() throws Exception {
        var clerk = tenants.addPerson(tenant, "Cy", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mvc.perform(post("/lists/selection").with(clerk.signedIn()).with(csrf()).param("list", "settings.users")
                .param("ids", tenant.owner().id().toString()).param("selected", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/lists/bulk").with(clerk.signedIn()).with(csrf()).param("list", "settings.users")
                .param("action", "deactivate")).andExpect(status().isForbidden());
        assertThat(active(tenant, tenant.owner().id())).isTrue();
    }
}
