package com.jeweltrak.platform.users;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The permission catalog, with the spec's keys (10-settings §Permissions &amp; Roles). A newly gated
 * action gets its key here first. Keys are what is stored and what Spring Security sees as authorities.
 */
public final class Permission {

    /** Modules whose records have View / Create / Edit / Delete rights. */
    public static final List<String> MODULES = List.of(
            "Inventory", "Watches", "Diamonds", "ColoredStones", "Pearls", "Invoices", "Memos",
            "MemoReturns", "Repairs", "Appraisals", "CustomBuilds", "Contacts");
    public static final List<String> ACTIONS = List.of("View", "Create", "Edit", "Delete");

    public static final String CAN_VOID_TRANSACTIONS = "CanVoidTransactions";
    public static final String CAN_VOID_MEMOS = "CanVoidMemos";
    public static final String CAN_VOID_MEMO_RETURNS = "CanVoidMemoReturns";
    public static final String CAN_VIEW_COST = "CanViewCost";
    public static final String SHOW_ORDER_ITEM_DISCOUNT = "ShowOrderItemDiscount";
    public static final String CAN_EDIT_TRADE_FIELDS = "CanEditTradeFields";
    public static final String CAN_OVERRIDE_PRICE = "CanOverridePrice";
    public static final String CAN_MODIFY_PRICE_TIERS = "CanModifyPriceTiers";
    public static final String CAN_VIEW_ALL_STORES = "CanViewAllStores";
    public static final String CAN_MANAGE_USERS = "CanManageUsers";
    public static final String SHOW_REPORTS = "ShowReports";
    public static final String SHOW_PROFIT_REPORT = "ShowProfitReport";
    public static final String SHOW_VENDOR_COST_REPORT = "ShowVendorCostReport";
    public static final String SHOW_INVENTORY_VALUATION_REPORT = "ShowInventoryValuationReport";

    /** Capabilities outside the module grid, with the label the grid shows. */
    private static final Map<String, String> CAPABILITIES = buildCapabilities();

    private static final Map<String, String> VOID_BY_MODULE = Map.of(
            "Invoices", CAN_VOID_TRANSACTIONS, "Memos", CAN_VOID_MEMOS, "MemoReturns", CAN_VOID_MEMO_RETURNS);

    private static final List<String> ALL = buildAll();

    private Permission() {
    }

    public static String key(String module, String action) {
        return module + "." + action;
    }

    /** Every key, in the order of the permissions grid. */
    public static List<String> all() {
        return ALL;
    }

    private static List<String> buildAll() {
        List<String> keys = new ArrayList<>();
        for (String module : MODULES) {
            for (String action : ACTIONS) keys.add(key(module, action));
        }
        keys.addAll(CAPABILITIES.keySet());
        return Collections.unmodifiableList(keys);
    }

    public static boolean exists(String key) {
        return ALL.contains(key);
    }

    public static Map<String, String> capabilities() {
        return CAPABILITIES;
    }

    private static Map<String, String> buildCapabilities() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(CAN_VOID_TRANSACTIONS, "Void invoices");
        labels.put(CAN_VOID_MEMOS, "Void memos");
        labels.put(CAN_VOID_MEMO_RETURNS, "Void memo returns");
        labels.put(CAN_VIEW_COST, "View cost / margin");
        labels.put(SHOW_ORDER_ITEM_DISCOUNT, "Apply order discounts");
        labels.put(CAN_EDIT_TRADE_FIELDS, "Trade negotiation fields");
        labels.put(CAN_OVERRIDE_PRICE, "Override price");
        labels.put(CAN_MODIFY_PRICE_TIERS, "Modify price tiers");
        labels.put(CAN_VIEW_ALL_STORES, "View all stores");
        labels.put(CAN_MANAGE_USERS, "Manage users");
        labels.put(SHOW_REPORTS, "Reports");
        labels.put(SHOW_PROFIT_REPORT, "Profit report");
        labels.put(SHOW_VENDOR_COST_REPORT, "Vendor cost report");
        labels.put(SHOW_INVENTORY_VALUATION_REPORT, "Inventory valuation report");
        return Collections.unmodifiableMap(labels);
    }

    /** The Void key shown in a module's row of the grid, for the three modules that have one. */
    public static Optional<String> voidKey(String module) {
        return Optional.ofNullable(VOID_BY_MODULE.get(module));
    }

    /** Keys of the grid's "other capabilities" part: every capability not shown as a module's Void cell. */
    public static List<String> otherCapabilities() {
        return CAPABILITIES.keySet().stream().filter(k -> !VOID_BY_MODULE.containsValue(k)).toList();
    }

    public static String label(String key) {
        return CAPABILITIES.getOrDefault(key, key.replace('.', ' '));
    }
}
