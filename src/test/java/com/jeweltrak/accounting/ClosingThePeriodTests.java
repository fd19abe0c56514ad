package com.jeweltrak.accounting;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.settings.ChangingOrganizationSettings;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestPeriodCloseCheck;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Moving Closed Through with the sanity check (08-accounting §Period Close R4–R7). */
@IntegrationTest
class ClosingThePeriodTests {

    @Autowired TestTenants tenants;
    @Autowired ClosingThePeriod closing;
    @Autowired ChangingOrganizationSettings settings;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;

    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);

    @BeforeEach
    void tenantWithDrafts() {
        tenant = tenants.open("period-close");
        TestPeriodCloseCheck.DRAFTS.add(tenant.id());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                java.util.List.of(new SimpleGrantedAuthority("CanManageUsers"))));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    // R5: items in the period stop the close until the user acknowledges them
    @Test
    void closingOverItemsNeedingAttentionIsRefusedUntilAcknowledged() {
        assertThatThrownBy(() -> as(() -> {
            closing.moveClosedThrough(OCTOBER, false);
            return null;
        })).isInstanceOf(PeriodHasOpenItems.class).hasMessageContaining("2 draft invoices");
        assertThat(as(() -> closing.closedThrough())).isNull();
        as(() -> {
            closing.moveClosedThrough(OCTOBER, true);
            return null;
        });
        assertThat(as(() -> closing.closedThrough())).isEqualTo(OCTOBER);
        assertThat(as(() -> jdbc.sql("select acknowledged from period_close_log").query(String.class).single()))
                .contains("draft invoices");
    }

    // R6, R7: reopening (an earlier date) is logged with the previous date, and needs no acknowledgement
    @Test
    void reopeningToAnEarlierDateIsLoggedWithThePreviousDate() {
        as(() -> {
            closing.moveClosedThrough(OCTOBER, true);
            closing.moveClosedThrough(OCTOBER.minusMonths(1), false);
            return null;
        });
        var log = as(() -> closing.log());
        assertThat(log.getFirst().previousDate()).isEqualTo(OCTOBER);
        assertThat(log.getFirst().newDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(log).hasSize(2);
    }

    // issue 6 point 1: Settings → Organization moves Closed Through through the same use case, sanity check included
    @Test
    void theOrganizationSettingsPathRunsTheSameSanityCheck() {
        assertThatThrownBy(() -> as(() -> {
            Organization o = organizations.get();
            return settings.change(new Organization(o.id(), o.name(), o.businessType(), OCTOBER, o.openMemoReminderDays(),
                    o.birthdayAnniversaryReminderDays(), o.defaultGoldCost(), o.defaultSilverCost(),
                    o.defaultGoldCastingLaborRate(), o.goldWeightUnit()));
        })).isInstanceOf(PeriodHasOpenItems.class);
        assertThat(as(() -> organizations.get().closedThrough())).isNull();
    }
}
