package com.jeweltrak.platform.tenancy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.TestPickLists;
import com.jeweltrak.support.TestTenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweep's knowledge of routes and records, opened to the input fuzzing of issue 12 §4
 * ({@code platform.web.InputFuzzingTests}): which kind of record a path variable names, the sample input a
 * route accepts, and one record of the caller's own per kind, planted with {@link SweepFixtures}.
 */
public final class FuzzRecords {

    private FuzzRecords() {
    }

    /** The kind of record each path variable of the pattern names (by {@link SweepRoutes.Kind} name). */
    public static Map<String, String> kindsOf(String pattern) {
        Map<String, String> kinds = new LinkedHashMap<>();
        SweepRoutes.variables(pattern).forEach((variable, kind) -> kinds.put(variable, kind.name()));
        return kinds;
    }

    /** The sweep's valid sample input for "METHOD /pattern" (JSON or a form), or null. */
    public static String sample(String routeKey) {
        return SweepRoutes.SAMPLES.get(routeKey);
    }

    /**
     * One record of every kind the fuzzing needs, all the tenant's own: the id to put in a path variable of
     * that kind, and the {placeholders} the sweep's samples use. The user is a second person, never the
     * caller, so a fuzzed deactivation or password reset cannot lock the caller out.
     */
    public static Map<String, String> plant(TestTenants tenants, TestTenants.Tenant tenant, JdbcClient jdbc,
                                            TransactionTemplate transactions, StoredFiles files) {
        SweepFixtures.fixtureFiles = files;
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("STORE", tenant.store().toString());
        ids.put("GROUP", Long.toString(tenant.group(BuiltInGroups.SALES)));
        ids.put("USER", tenants.addPerson(tenant, "Fuzzy", java.util.Set.of(tenant.group(BuiltInGroups.SALES)),
                java.util.Set.of()).id().toString());
        ids.put("LIST_KEY", TestPickLists.STORE_REGION);
        ids.put("REPORT", "sales-register");
        ids.put("TABLE", "app_user");
        long contact = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("insert into contact (tenant_id, first_name, last_name, is_customer, is_vendor, is_partner) values "
                        + "(jt_current_tenant(), 'Fuzz', 'Customer', true, true, true) returning id").query(Long.class).single()));
        ids.put("CONTACT", Long.toString(contact));
        List<Long> items = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status ->
                SweepFixtures.sweepItems(jdbc, tenant, "Fuzz ring " + unique)));
        ids.put("ITEM", items.getFirst().toString());
        ids.put("STOCK_ID", TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select stock_number from item where id = ?").param(items.getFirst()).query(Long.class).single()))
                .toString());
        long[] invoice = SweepFixtures.sweepInvoice(jdbc, transactions, tenant, "Fuzz PO " + unique);
        ids.put("INVOICE", Long.toString(invoice[0]));
        ids.put("INVOICE_LINE", Long.toString(invoice[1]));
        ids.put("PAYMENT", Long.toString(invoice[2]));
        long[] memo = SweepFixtures.sweepMemo(jdbc, transactions, tenant, contact, "Fuzz terms");
        ids.put("MEMO", Long.toString(memo[0]));
        ids.put("MEMO_RETURN", Long.toString(memo[1]));
        long[] job = SweepFixtures.sweepWorkOrder(jdbc, transactions, tenant, contact, "Fuzz repair");
        ids.put("WORK_ORDER", Long.toString(job[0]));
        ids.put("WORK_ORDER_STAGE", Long.toString(job[1]));
        ids.put("WORK_ORDER_DEPOSIT", Long.toString(job[2]));
        long[] appraisal = SweepFixtures.sweepAppraisal(jdbc, transactions, tenant, contact, "Fuzz notes");
        ids.put("APPRAISAL", Long.toString(appraisal[0]));
        ids.put("APPRAISAL_ITEM", Long.toString(appraisal[1]));
        ids.put("STYLE", Long.toString(SweepFixtures.sweepStyle(jdbc, transactions, tenant, "FUZZ-" + unique)));
        ids.put("GIFT_CARD", Long.toString(SweepFixtures.sweepGiftCard(jdbc, transactions, tenant, "FUZZ" + unique)));
        ids.put("STORE_CREDIT", Long.toString(SweepFixtures.sweepStoreCredit(jdbc, transactions, tenant, contact, "Fuzz")));
        ids.put("CUSTOMER_PAYMENT", Long.toString(SweepFixtures.sweepCustomerPayment(jdbc, transactions, tenant,
                Long.toString(contact))));
        ids.put("JOB_TEMPLATE", Long.toString(SweepFixtures.sweepJobTemplate(jdbc, transactions, tenant, "Fuzz " + unique)));
        ids.put("INVENTORY_COUNT", Long.toString(SweepFixtures.sweepCount(jdbc, transactions, tenant)));
        ids.put("JOURNAL_ENTRY", Long.toString(SweepFixtures.sweepJournalEntry(jdbc, transactions, tenant, "FZ" + unique)));
        ids.put("SET_STONE", Long.toString(SweepFixtures.sweepSetStone(jdbc, transactions, tenant, items.getFirst().toString())));
        ids.put("PARTNERSHIP", Long.toString(SweepFixtures.sweepPartnership(jdbc, transactions, tenant,
                items.getFirst().toString(), Long.toString(contact), Long.toString(invoice[0]))));
        // the sweep samples' placeholders
        ids.put("{store}", tenant.store().toString());
        ids.put("{group}", ids.get("GROUP"));
        ids.put("{ownContact}", Long.toString(contact));
        ids.put("{ownRegion}", "Fuzzland");
        ids.put("{otherRegion}", "Fuzzland");
        ids.put("{otherStoredValue}", "Fuzzland");
        return ids;
    }
}
