package com.jeweltrak.platform.users;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EffectivePermissionsTests {

    // 10-settings §Permissions R1: default deny
    @Test
    void nothingGrantedMeansNothingAllowed() {
        assertThat(EffectivePermissions.of(Set.of(), Map.of())).isEmpty();
    }

    // 10-settings §Permissions R4 / decision 7: the union of the groups
    @Test
    void aKeyGrantedByAnyGroupIsAllowed() {
        assertThat(EffectivePermissions.of(Set.of("Invoices.Create", "Inventory.View"), Map.of()))
                .containsExactlyInAnyOrder("Invoices.Create", "Inventory.View");
    }

    // 10-settings §Permissions R7: a Deny override wins over the groups
    @Test
    void aDenyOverrideRemovesWhatTheGroupsGrant() {
        assertThat(EffectivePermissions.of(Set.of("Invoices.Create", "Inventory.View"), Map.of("Invoices.Create", false)))
                .containsExactly("Inventory.View");
    }

    // 10-settings §Permissions R7: a Grant override adds what no group grants
    @Test
    void aGrantOverrideAddsWhatNoGroupGrants() {
        assertThat(EffectivePermissions.of(Set.of(), Map.of(Permission.CAN_VOID_TRANSACTIONS, true)))
                .containsExactly(Permission.CAN_VOID_TRANSACTIONS);
    }

    // 10-settings §Permissions catalog: keys outside the catalog never become rights
    @Test
    void keysOutsideTheCatalogAreIgnored() {
        assertThat(EffectivePermissions.of(Set.of("Made.Up"), Map.of())).isEmpty();
    }
}
