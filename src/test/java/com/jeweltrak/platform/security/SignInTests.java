package com.jeweltrak.platform.security;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 10-settings §My Profile, §Adding & Managing Users; issue 2 point 6 (sign-in, throttling). */
@IntegrationTest
class SignInTests {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired ManagingUsers managingUsers;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("signin");
    }

    /** Every test signs in from its own address, so the per-address throttle of one test does not touch another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The sign-in form's POST, as a browser sends it, from the given address. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email,
                                                                                                    String password,
                                                                                                    String address) {
        return post("/login").param("email", email).param("password", password).with(csrf()).with(from(address));
    }

    private static String freshAddress() {
        return "10.77.0." + ADDRESS.getAndIncrement();
    }

    // issue 2 §6: form sign-in with e-mail and password
    @Test
    void theRightPasswordSignsInAndOpensTheDashboard() throws Exception {
        MvcResult result = mvc.perform(signIn(tenant.owner().email(), TestTenants.PASSWORD, freshAddress()))
                .andExpect(authenticated()).andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/").cookie(result.getResponse().getCookie("SESSION"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Good to see you")));
    }

    // issue 2 "Bad input": wrong credentials → one generic message
    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
        String address = freshAddress();
        mvc.perform(signIn(tenant.owner().email(), "wrong-password", address)).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn("nobody-" + UUID.randomUUID() + "@test.example", "wrong-password", address)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    // issue 2 "Bad input": the typed e-mail stays in the form after a failure
    @Test
    void theTypedEmailIsKeptAfterAFailedSignIn() throws Exception {
        MvcResult failed = mvc.perform(signIn(tenant.owner().email(), "wrong-password", freshAddress())).andReturn();
        mvc.perform(get("/login?error").cookie(failed.getResponse().getCookie("SESSION")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + tenant.owner().email() + "\"")));
    }

    // issue 2 §6: throttling after repeated failures — then even the right password is refused, with the same message
    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefused() throws Exception {
        String address = freshAddress();
        var person = newPerson();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            mvc.perform(signIn(person.email(), "guess-" + i, freshAddress())).andExpect(unauthenticated());
        }
        mvc.perform(signIn(person.email(), TestTenants.PASSWORD, address)).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    // issue 2 §6: throttling counts failures per address too, across accounts
    @Test
    void manyFailuresFromOneAddressBlockThatAddress() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            mvc.perform(signIn("spray-" + i + "@test.example", "x", address)).andExpect(unauthenticated());
        }
        mvc.perform(signIn(tenant.owner().email(), TestTenants.PASSWORD, address)).andExpect(unauthenticated());
        mvc.perform(signIn(tenant.owner().email(), TestTenants.PASSWORD, freshAddress())).andExpect(authenticated());
    }

    // 10-settings §Users R6: Active = off blocks sign-in
    @Test
    void aDeactivatedUserCannotSignIn() throws Exception {
        var person = newPerson();
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> managingUsers.deactivate(person.id()));
        mvc.perform(signIn(person.email(), TestTenants.PASSWORD, freshAddress())).andExpect(unauthenticated());
    }

    // issue 2 §6: pages need a signed-in user
    @Test
    void aPageAsksAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/settings/users")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private TestTenants.Person newPerson() {
        return tenants.addPerson(tenant, "Pat", java.util.Set.of(tenant.group("Sales")), java.util.Set.of());
    }

    @Autowired TestTenants tenants;
}
