package com.jeweltrak.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.users.Permission;

/**
 * The permissions grid of the Permissions &amp; Roles article: one row per module with View / Create /
 * Edit / Delete / Void, then the cross-module capabilities. Each cell knows whether it is ticked and
 * whether a per-user override put it so (the amber ring, R8).
 */
record PermissionGrid(List<String> columns, List<Row> modules, List<Cell> capabilities) {

    record Cell(String key, String label, boolean ticked, boolean overridden) {
    }

    record Row(String module, List<Cell> cells) {
    }

    static final List<String> COLUMNS = List.of("View", "Create", "Edit", "Delete", "Void");

    static PermissionGrid of(Set<String> ticked, Map<String, Boolean> overrides) {
        List<Row> rows = new ArrayList<>();
        for (String module : Permission.MODULES) {
            List<Cell> cells = new ArrayList<>();
            for (String action : Permission.ACTIONS) {
                cells.add(cell(Permission.key(module, action), action, ticked, overrides));
            }
            cells.add(Permission.voidKey(module).map(key -> cell(key, "Void", ticked, overrides)).orElse(null));
            rows.add(new Row(label(module), cells));
        }
        List<Cell> capabilities = Permission.otherCapabilities().stream()
                .map(key -> cell(key, Permission.label(key), ticked, overrides)).toList();
        return new PermissionGrid(COLUMNS, rows, capabilities);
    }

    private static Cell cell(String key, String label, Set<String> ticked, Map<String, Boolean> overrides) {
        return new Cell(key, label, ticked.contains(key), overrides.containsKey(key));
    }

    /** "ColoredStones" → "Colored Stones", "Inventory" → "Jewelry" (the grid's name for that row). */
    private static String label(String module) {
        if (module.equals("Inventory")) return "Jewelry (Inventory)";
        return module.replaceAll("([a-z])([A-Z])", "$1 $2");
    }
}
