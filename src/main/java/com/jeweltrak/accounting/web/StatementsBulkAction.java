package com.jeweltrak.accounting.web;

import com.jeweltrak.platform.lists.BulkAction;
import com.jeweltrak.platform.users.Permission;

/**
 * The AR list's "Statements (PDF)" and "E-mail statements" (08-accounting §AR R7): both ask first — the date range —
 * on {@link ReceivablesController}'s statements page, which reads the ticked customers from the list's selection.
 */
record StatementsBulkAction(String action, String label) implements BulkAction {

    static final StatementsBulkAction PDF = new StatementsBulkAction("pdf", "Statements (PDF)");
    static final StatementsBulkAction EMAIL = new StatementsBulkAction("email", "E-mail statements");

    static String key(String action) {
        return "statements-" + action;
    }

    @Override
    public String list() {
        return ReceivablesList.KEY;
    }

    @Override
    public String key() {
        return key(action);
    }

    @Override
    public String permission() {
        return Permission.SHOW_REPORTS;
    }

    @Override
    public String form() {
        return "/accounting/receivables/statements/" + action;
    }
}
