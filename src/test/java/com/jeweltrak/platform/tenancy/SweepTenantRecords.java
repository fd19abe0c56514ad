package com.jeweltrak.platform.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.users.PermissionGroup;
import com.jeweltrak.support.TestPickLists;
import com.jeweltrak.support.TestTenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.jeweltrak.platform.tenancy.SweepRoutes.Kind;

/**
 * issue 12 §3: one record of every {@link Kind} the sweep knows, planted in one tenant — the same set in every tenant,
 * so a sweep can run in both directions (A with B's ids, B with A's). Every record carries {@code tag} in a text the
 * tenant's answers show, so "the other tenant's data in a body" is a plain substring check.
 */
final class SweepTenantRecords {

    /** A tenant's records by kind (as path-variable values) and the strings only that tenant has. */
    record Planted(TestTenants.Tenant tenant, Map<Kind, List<String>> ids, Set<String> distinctive, String region) {
        String first(Kind kind) {
            return ids.get(kind).getFirst();
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CertificateFixtures certificates;

    SweepTenantRecords(JdbcClient jdbc, TransactionTemplate transactions, CertificateFixtures certificates, StoredFiles files) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.certificates = certificates;
        SweepFixtures.fixtureFiles = files;
    }

    /**
     * Plants the records. {@code stockOffset} moves the tenant's StockIDs out of every other tenant's range (both
     * start at 5001), so a StockID of one tenant names nothing of another's and a 200 could only be a leak.
     */
    Planted plant(TestTenants.Tenant t, String tag, long stockOffset, long tokenId, List<String> sessions) {
        Map<Kind, List<String>> ids = new TreeMap<>();
        Set<String> distinctive = new LinkedHashSet<>();
        ids.put(Kind.USER, List.of(t.owner().id().toString()));
        ids.put(Kind.GROUP, List.of(Long.toString(t.group(PermissionGroup.ADMIN))));
        ids.put(Kind.STORE, List.of(t.store().toString()));
        ids.put(Kind.TOKEN, List.of(Long.toString(tokenId)));
        ids.put(Kind.SESSION, List.copyOf(sessions));
        ids.put(Kind.TABLE, List.of("app_user"));
        ids.put(Kind.LIST_KEY, List.of(TestPickLists.STORE_REGION));
        ids.put(Kind.REPORT, List.of("sales-register"));
        ids.put(Kind.AUDIT_ENTRY, as(t, () -> jdbc.sql("select id::text from audit_log where table_name = 'app_user' "
                + "and row_id = ? order by id limit 1").param(t.owner().id().toString()).query(String.class).list()));
        String region = tag + "-Region";
        as(t, () -> jdbc.sql("update store set region = ?").param(region).update());
        distinctive.add(region);

        String customer = tag + "-Contactee";
        String vendor = tag + "-Vendorama";
        ids.put(Kind.CONTACT, strings(as(t, () -> List.of(
                jdbc.sql("insert into contact (tenant_id, first_name, last_name, email, is_customer) values "
                        + "(jt_current_tenant(), 'Sweep', ?, ?, true) returning id")
                        .params(customer, tag.toLowerCase() + "-contact@test.example").query(Long.class).single(),
                jdbc.sql("insert into contact (tenant_id, company, is_vendor, is_partner) values (jt_current_tenant(), ?, true, true)"
                        + " returning id").param(vendor).query(Long.class).single()))));
        distinctive.addAll(List.of(customer, vendor, tag.toLowerCase() + "-contact@test.example"));
        long contact = Long.parseLong(ids.get(Kind.CONTACT).getFirst());
        ids.put(Kind.CERTIFICATE, List.of(certificates.certificate(t, new ContactId(contact), "TX", tag + "-PERMIT", null, true)
                .toString()));
        distinctive.add(tag + "-PERMIT");

        String bespoke = tag + "-Bespoke";
        ids.put(Kind.ITEM, strings(as(t, () -> SweepFixtures.sweepItems(jdbc, t, bespoke))));
        distinctive.add(bespoke);
        Long[] items = ids.get(Kind.ITEM).stream().map(Long::valueOf).toArray(Long[]::new);
        ids.put(Kind.STOCK_ID, strings(as(t, () -> jdbc.sql("update item set stock_number = stock_number + ? where id = any(?) "
                + "returning stock_number").params(stockOffset, items).query(Long.class).list())));
        long item = items[0];
        ids.put(Kind.WISHLIST_ENTRY, strings(as(t, () -> List.of(jdbc.sql("insert into wishlist_entry (tenant_id, contact_id, "
                + "item_id) values (jt_current_tenant(), ?, ?) returning id").params(contact, item).query(Long.class).single()))));
        ids.put(Kind.STYLE, strings(List.of(SweepFixtures.sweepStyle(jdbc, transactions, t, tag + "-STYLE"))));
        ids.put(Kind.PAYMENT_OPTION, strings(List.of(SweepFixtures.sweepPaymentOption(jdbc, transactions, t, tag + "-PAY"))));
        ids.put(Kind.PHOTO, strings(as(t, () -> List.of(SweepFixtures.sweepPhoto(jdbc, SweepFixtures.fixtureFiles, item)))));
        ids.put(Kind.PHOTO_DOWNLOAD, strings(as(t, () -> List.of(SweepFixtures.sweepDownload(jdbc, SweepFixtures.fixtureFiles, t)))));
        ids.put(Kind.SET_STONE, strings(List.of(SweepFixtures.sweepSetStone(jdbc, transactions, t, Long.toString(item)))));
        ids.put(Kind.STONE_CERTIFICATE, strings(List.of(SweepFixtures.sweepStoneCertificate(jdbc, transactions, t,
                Long.toString(items[1])))));
        ids.put(Kind.INVENTORY_COUNT, strings(List.of(SweepFixtures.sweepCount(jdbc, transactions, t))));
        distinctive.addAll(List.of(tag + "-STYLE", tag + "-PAY"));

        long[] invoice = SweepFixtures.sweepInvoice(jdbc, transactions, t, tag + "-INVOICE-REF");
        ids.put(Kind.INVOICE, strings(List.of(invoice[0])));
        ids.put(Kind.INVOICE_LINE, strings(List.of(invoice[1])));
        ids.put(Kind.PAYMENT, strings(List.of(invoice[2])));
        ids.put(Kind.CUSTOMER_PAYMENT, strings(List.of(SweepFixtures.sweepCustomerPayment(jdbc, transactions, t,
                Long.toString(contact)))));
        ids.put(Kind.JOURNAL_ENTRY, strings(List.of(SweepFixtures.sweepJournalEntry(jdbc, transactions, t, tag + "-JOURNAL"))));
        long[] memo = SweepFixtures.sweepMemo(jdbc, transactions, t, contact, tag + "-MEMO-TERMS");
        ids.put(Kind.MEMO, strings(List.of(memo[0])));
        ids.put(Kind.MEMO_RETURN, strings(List.of(memo[1])));
        long[] job = SweepFixtures.sweepWorkOrder(jdbc, transactions, t, contact, tag + "-WORK-ORDER");
        ids.put(Kind.WORK_ORDER, strings(List.of(job[0])));
        ids.put(Kind.WORK_ORDER_STAGE, strings(List.of(job[1])));
        ids.put(Kind.WORK_ORDER_DEPOSIT, strings(List.of(job[2])));
        SweepFixtures.sweepStoneService(jdbc, transactions, t, job, item);
        ids.put(Kind.WORK_ORDER_ATTACHMENT, strings(List.of(SweepFixtures.sweepWorkOrderAttachment(jdbc, transactions, t, job[0]))));
        long[] appraisal = SweepFixtures.sweepAppraisal(jdbc, transactions, t, contact, tag + "-APPRAISAL-NOTES");
        ids.put(Kind.APPRAISAL, strings(List.of(appraisal[0])));
        ids.put(Kind.APPRAISAL_ITEM, strings(List.of(appraisal[1])));
        ids.put(Kind.PARTNERSHIP, strings(List.of(SweepFixtures.sweepPartnership(jdbc, transactions, t, Long.toString(item),
                Long.toString(contact), Long.toString(invoice[0])))));
        ids.put(Kind.RECONCILIATION, strings(List.of(SweepFixtures.sweepReconciliation(jdbc, transactions, t, item, invoice[0],
                contact, tag + "-RECONCILIATION"))));
        ids.put(Kind.JOB_TEMPLATE, strings(List.of(SweepFixtures.sweepJobTemplate(jdbc, transactions, t, tag + "-JOB-TEMPLATE"))));
        ids.put(Kind.GIFT_CARD, strings(List.of(SweepFixtures.sweepGiftCard(jdbc, transactions, t, tag + "GIFT"))));
        ids.put(Kind.STORE_CREDIT, strings(List.of(SweepFixtures.sweepStoreCredit(jdbc, transactions, t, contact,
                tag + "-CREDIT-REASON"))));
        distinctive.addAll(List.of(tag + "-INVOICE-REF", tag + "-JOURNAL", tag + "-MEMO-TERMS", tag + "-WORK-ORDER",
                tag + "-APPRAISAL-NOTES", tag + "-RECONCILIATION", tag + "-JOB-TEMPLATE", tag + "-CREDIT-REASON"));
        for (Kind kind : Kind.values()) {
            if (!ids.containsKey(kind) || ids.get(kind).isEmpty()) {
                throw new IllegalStateException("SweepTenantRecords plants no " + kind + ": add one");
            }
        }
        return new Planted(t, ids, distinctive, region);
    }

    private <T> T as(TestTenants.Tenant t, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(status -> work.get()));
    }

    private static List<String> strings(List<Long> ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(String.valueOf(id)));
        return out;
    }
}
