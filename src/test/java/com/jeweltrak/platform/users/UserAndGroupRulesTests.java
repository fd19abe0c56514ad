package com.jeweltrak.platform.users;

import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAndGroupRulesTests {

    // 10-settings §Permissions R5 / decision 7: at least one group
    @Test
    void aUserWithoutAnyGroupIsRefused() {
        assertThatThrownBy(() -> new User(new UserId(1), "Ann", "Lee", "ann@x.test", null, true, null, Set.of(),
                Set.of(new StoreId(1)), Map.of()))
                .isInstanceOf(BusinessRuleViolated.class)
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("groups");
    }

    // 10-settings §My Settings R6: the default store is one of the user's stores
    @Test
    void aDefaultStoreOutsideTheUsersStoresIsRefused() {
        assertThatThrownBy(() -> new User(new UserId(1), "Ann", "Lee", "ann@x.test", null, true, new StoreId(9),
                Set.of(1L), Set.of(new StoreId(1)), Map.of()))
                .isInstanceOf(BusinessRuleViolated.class);
    }

    // 10-settings §Permissions R6: overrides name catalog keys only
    @Test
    void anOverrideOfAnUnknownKeyIsRefused() {
        assertThatThrownBy(() -> new User(new UserId(1), "Ann", "Lee", "ann@x.test", null, true, null, Set.of(1L),
                Set.of(new StoreId(1)), Map.of("Nope.Never", true)))
                .isInstanceOf(BusinessRuleViolated.class);
    }

    // 10-settings §Permissions R16: the built-in Admin group grants every permission
    @Test
    void theBuiltInAdminGroupCannotLoseAPermission() {
        PermissionGroup admin = new PermissionGroup(1L, PermissionGroup.ADMIN, null, true, Set.copyOf(Permission.all()));
        Set<String> fewer = new java.util.HashSet<>(Permission.all());
        fewer.remove(Permission.CAN_MANAGE_USERS);
        assertThatThrownBy(() -> admin.withGrants(PermissionGroup.ADMIN, null, fewer))
                .isInstanceOf(BusinessRuleViolated.class);
    }

    // 10-settings §Permissions worked example: Sales may view inventory and create invoices, not edit or void
    @Test
    void theBuiltInSalesGroupMatchesTheSpecsExample() {
        Set<String> sales = BuiltInGroups.grants().get(BuiltInGroups.SALES);
        assertThat(sales).contains("Inventory.View", "Invoices.Create")
                .doesNotContain("Inventory.Edit", Permission.CAN_VOID_TRANSACTIONS, Permission.CAN_VIEW_COST);
    }

    // 10-settings §Permissions catalog: 48 module keys plus the named capabilities
    @Test
    void theCatalogHasFortyEightModuleKeysAndTheNamedCapabilities() {
        assertThat(Permission.all().stream().filter(k -> k.contains("."))).hasSize(48);
        assertThat(Permission.all()).contains("CanVoidTransactions", "CanManageUsers", "ShowReports",
                "ShowOrderItemDiscount", "CanViewAllStores", "ShowProfitReport");
    }
}
