package com.jeweltrak.platform.users;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The groups every new organization starts with. Admin grants everything and stays that way
 * (Permissions R16); Manager runs the floor but not the users; Sales sells without voiding
 * (the spec's worked example: Inventory.View yes, Inventory.Edit no, CanVoidTransactions no).
 */
public final class BuiltInGroups {

    public static final String MANAGER = "Manager";
    public static final String SALES = "Sales";

    private BuiltInGroups() {
    }

    public static Map<String, Set<String>> grants() {
        Set<String> manager = new LinkedHashSet<>(Permission.all());
        manager.remove(Permission.CAN_MANAGE_USERS);

        Set<String> sales = new LinkedHashSet<>();
        for (String module : Permission.MODULES) {
            sales.add(Permission.key(module, "View"));
        }
        for (String module : new String[] {"Invoices", "Memos", "MemoReturns", "Repairs", "Appraisals", "CustomBuilds", "Contacts"}) {
            sales.add(Permission.key(module, "Create"));
        }
        sales.add(Permission.key("Contacts", "Edit"));
        sales.add(Permission.SHOW_ORDER_ITEM_DISCOUNT);

        return Map.of(PermissionGroup.ADMIN, Set.copyOf(Permission.all()), MANAGER, manager, SALES, sales);
    }

    public static String description(String name) {
        return switch (name) {
            case PermissionGroup.ADMIN -> "Everything, including users, settings and the books";
            case MANAGER -> "Runs the store: sells, voids, sees cost and reports; does not manage users";
            case SALES -> "Counter staff: sells and takes in work, cannot void or see cost";
            default -> null;
        };
    }
}
