package com.jeweltrak.platform.tenancy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.peek.PeekProviders;
import com.jeweltrak.platform.picklists.PickListValues;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.platform.security.ApiTokens;
import com.jeweltrak.platform.security.SignedInUser;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.PermissionGroup;
import com.jeweltrak.platform.users.PermissionGroups;
import com.jeweltrak.platform.users.User;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestPickLists;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import static com.jeweltrak.platform.tenancy.SweepRoutes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The records the tenant-isolation sweep plants in each tenant, one helper per kind of record. */
final class SweepFixtures {

    /** The app's file store, set by the sweep before it plants records that hold files. */
    static com.jeweltrak.platform.files.StoredFiles fixtureFiles;

    private SweepFixtures() {
    }

    /** An uploaded-QR payment option (Zelle) on the tenant's store, so its image route has a file to serve. */
    static long sweepPaymentOption(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant,
                                           String label) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> jdbc.sql(
                        "insert into payment_option (tenant_id, store_id, kind, label, image_file_id, sort_order) values "
                                + "(jt_current_tenant(), ?, 'IMAGE', ?, ?, 1) returning id")
                .params(tenant.store().value(), label, fixtureFiles.store("zelle.png", "image/png", png).value())
                .query(Long.class).single()));
    }
    /**
     * An uploaded photo of the item (its stored file doubling as its thumbnails) and an uploaded 360° video,
     * written as rows.
     */
    static long sweepPhoto(JdbcClient jdbc, com.jeweltrak.platform.files.StoredFiles files, long item) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        long file = files.store("sweep.png", "image/png", png).value();
        long video = files.keep("sweep.mp4", "video/mp4", new byte[] {0, 0, 0, 12, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}).value();
        jdbc.sql("insert into item_video (tenant_id, item_id, source, file_id) values (jt_current_tenant(), ?, 'UPLOAD', ?)")
                .params(item, video).update();
        return jdbc.sql("insert into item_photo (tenant_id, item_id, position, is_primary, source, file_id, small_file_id,"
                        + " large_file_id) values (jt_current_tenant(), ?, 0, true, 'UPLOAD', ?, ?, ?) returning id")
                .params(item, file, file, file).query(Long.class).single();
    }
    /** A finished Bulk Image Download of the tenant's owner, with a (tiny) ZIP. */
    static long sweepDownload(JdbcClient jdbc, com.jeweltrak.platform.files.StoredFiles files, TestTenants.Tenant tenant) {
        byte[] zip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        long file = files.keep("photos.zip", "application/zip", zip).value();
        return jdbc.sql("insert into photo_download (tenant_id, requested_by, total, done, status, zip_file_id) values "
                        + "(jt_current_tenant(), ?, 1, 1, 'READY', ?) returning id")
                .params(tenant.owner().id().value(), file).query(Long.class).single();
    }
    /** An open count of the tenant's first store, written as a row (the sweep needs no counting use case). */
    static long sweepCount(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> jdbc.sql(
                        "insert into inventory_count (tenant_id, number, store_id, family) values (jt_current_tenant(), "
                                + "900001, ?, 'J') returning id")
                .param(tenant.store().value()).query(Long.class).single()));
    }
    /** A style with one photo (its primary), so its photo route has something to serve its own tenant. */
    static long sweepJournalEntry(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, String memo) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long debit = jdbc.sql("insert into account (tenant_id, code, name, type, normal_side) values "
                    + "(jt_current_tenant(), ?, 'Sweep debit', 'ASSET', 'DEBIT') returning id").param(memo + "-D").query(Long.class).single();
            long credit = jdbc.sql("insert into account (tenant_id, code, name, type, normal_side) values "
                    + "(jt_current_tenant(), ?, 'Sweep credit', 'REVENUE', 'CREDIT') returning id").param(memo + "-C").query(Long.class).single();
            long entry = jdbc.sql("insert into journal_entry (tenant_id, entry_date, document_type, posting, memo) values "
                    + "(jt_current_tenant(), date '2026-11-01', 'SWEEP', 'SWEEP', ?) returning id").param(memo).query(Long.class).single();
            jdbc.sql("insert into journal_line (tenant_id, entry_id, account_id, debit) values (jt_current_tenant(), ?, ?, 1)")
                    .params(entry, debit).update();
            jdbc.sql("insert into journal_line (tenant_id, entry_id, account_id, credit) values (jt_current_tenant(), ?, ?, 1)")
                    .params(entry, credit).update();
            return entry;
        }));
    }
    static long sweepStyle(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, String number) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long style = jdbc.sql("insert into style (tenant_id, style_number, family, description) values "
                    + "(jt_current_tenant(), ?, 'J', 'Sweep style') returning id").param(number).query(Long.class).single();
            long file = jdbc.sql("insert into stored_file (tenant_id, file_name, content_type, size_bytes, sha256) values "
                    + "(jt_current_tenant(), 'sweep.png', 'image/png', ?, repeat('a', 64)) returning id")
                    .param(png.length).query(Long.class).single();
            jdbc.sql("insert into stored_file_content (tenant_id, file_id, content) values (jt_current_tenant(), ?, ?)")
                    .params(file, png).update();
            jdbc.sql("insert into style_photo (tenant_id, style_id, file_id, is_primary) values (jt_current_tenant(), ?, ?, true)")
                    .params(style, file).update();
            return style;
        }));
    }
    /** A ring and a diamond of the tenant (written as rows, so the sweep needs no inventory use case). */
    static List<Long> sweepItems(JdbcClient jdbc, TestTenants.Tenant tenant, String description) {
        List<Long> ids = new ArrayList<>();
        for (String family : List.of("J", "D")) {
            long id = jdbc.sql("""
                            insert into item (tenant_id, stock_number, family, store_id, category, description, purchase_date,
                                              cost, in_stock, carats)
                            values (jt_current_tenant(), (select coalesce(max(stock_number), 5000) + 1 from item), ?, ?,
                                    'Sweep', ?, current_date, 100, 1, case when ? = 'D' then 1.0 end) returning id""")
                    .params(family, tenant.store().value(), description, family).query(Long.class).single();
            jdbc.sql(family.equals("J") ? "insert into item_jewelry (tenant_id, item_id) values (jt_current_tenant(), ?)"
                            : "insert into item_diamond (tenant_id, item_id, color_class) values (jt_current_tenant(), ?, 'WHITE')")
                    .param(id).update();
            ids.add(id);
        }
        return ids;
    }
    /** An Open invoice of the tenant's first store with a service line and a cash tender: {invoice, line, payment}. */
    static long[] sweepInvoice(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant,
                                       String reference) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long invoice = jdbc.sql("""
                            insert into invoice (tenant_id, store_id, number, invoice_date, reference)
                            values (jt_current_tenant(), ?, 900001, current_date, ?) returning id""")
                    .params(tenant.store().value(), reference).query(Long.class).single();
            long line = jdbc.sql("""
                            insert into invoice_line (tenant_id, invoice_id, kind, description, quantity, unit_price)
                            values (jt_current_tenant(), ?, 'SERVICE', 'Sweep sizing', 1, 40) returning id""")
                    .param(invoice).query(Long.class).single();
            long payment = jdbc.sql("""
                            insert into invoice_payment (tenant_id, invoice_id, method, amount, tendered, payment_date)
                            values (jt_current_tenant(), ?, 'CASH', 10, 10, current_date) returning id""")
                    .param(invoice).query(Long.class).single();
            return new long[] {invoice, line, payment};
        }));
    }
    /** A gift card (issue 10) of the tenant's, as a refund would issue it: no invoice line, 25.00 on it. */
    static long sweepGiftCard(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, String number) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> jdbc.sql("""
                        insert into gift_card (tenant_id, card_number, initial_amount, balance)
                        values (jt_current_tenant(), upper(replace(?, '-', '')), 25, 25) returning id""")
                .param(number).query(Long.class).single()));
    }

    /** A stand-alone store credit (issue 10) of 50.00 given to the tenant's contact. */
    static long sweepStoreCredit(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, long customer,
                                 String reason) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> jdbc.sql("""
                        insert into store_credit (tenant_id, customer_id, amount, remaining, reason, store_id)
                        values (jt_current_tenant(), ?, 50, 50, ?, ?) returning id""")
                .params(customer, reason, tenant.store().value()).query(Long.class).single()));
    }

    /** A payment on account of the tenant's contact (08-accounting §Applying Payments), unapplied. */
    static long sweepCustomerPayment(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, String contact) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> jdbc.sql("""
                        insert into customer_payment (tenant_id, store_id, customer_id, payment_date, method, amount)
                        values (jt_current_tenant(), ?, ?, current_date, 'CASH', 10) returning id""")
                .params(tenant.store().value(), Long.valueOf(contact)).query(Long.class).single()));
    }
    /** A PDF kept through StoredFiles, so its bytes are wherever the configured file store keeps them. */
    static long sweepFile(JdbcClient jdbc) {
        return fixtureFiles.store("sweep.pdf", "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)).value();
    }
    static long sweepSetStone(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, String item) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> jdbc.sql("""
                        insert into set_stone (tenant_id, item_id, category, stone_type, carat_weight, cert_file_id)
                        values (jt_current_tenant(), ?, 'WHITE_DIAMOND', 'Diamond', 0.1, ?) returning id""")
                .params(Long.valueOf(item), sweepFile(jdbc)).query(Long.class).single()));
    }
    static long sweepStoneCertificate(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant,
                                              String diamond) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> jdbc.sql("""
                        insert into stone_certificate (tenant_id, item_id, file_id) values (jt_current_tenant(), ?, ?)
                        returning id""")
                .params(Long.valueOf(diamond), sweepFile(jdbc)).query(Long.class).single()));
    }

    /** A memo (issue 7) of the tenant's with a misc line, and a return receipt of that line: {memo, receipt}. */
    static long[] sweepMemo(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, long customer,
                            String terms) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long memo = jdbc.sql("""
                            insert into memo (tenant_id, store_id, number, customer_id, memo_date, terms)
                            values (jt_current_tenant(), ?, 900001, ?, current_date, ?) returning id""")
                    .params(tenant.store().value(), customer, terms).query(Long.class).single();
            long line = jdbc.sql("""
                            insert into memo_line (tenant_id, memo_id, description, quantity, unit_price, qty_returned)
                            values (jt_current_tenant(), ?, 'Sweep chain', 2, 40, 1) returning id""")
                    .param(memo).query(Long.class).single();
            long receipt = jdbc.sql("""
                            insert into memo_return (tenant_id, store_id, number, memo_id, return_date)
                            values (jt_current_tenant(), ?, 900001, ?, current_date) returning id""")
                    .params(tenant.store().value(), memo).query(Long.class).single();
            jdbc.sql("""
                            insert into memo_return_line (tenant_id, memo_return_id, memo_line_id, quantity)
                            values (jt_current_tenant(), ?, ?, 1)""")
                    .params(receipt, line).update();
            return new long[] {memo, receipt};
        }));
    }

    /** A repair of the tenant's with one stage and a price quoted (issue 9; its Quote PDF exists): its id and the stage's. */
    static long[] sweepWorkOrder(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, long customer,
                                 String description) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long job = jdbc.sql("""
                            insert into work_order (tenant_id, store_id, number, order_type, customer_id, description,
                                                    intake_date, status, lane_entered_at, created_at, price_quoted)
                            values (jt_current_tenant(), ?, 900001, 'repair', ?, ?, current_date, 'quote_needed', now(), now(), 100)
                            returning id""")
                    .params(tenant.store().value(), customer, description).query(Long.class).single();
            long stage = jdbc.sql("""
                            insert into work_order_stage (tenant_id, work_order_id, position, name)
                            values (jt_current_tenant(), ?, 1, 'Sweep stage') returning id""")
                    .param(job).query(Long.class).single();
            // a held deposit on the job (03-services §3)
            long deposit = jdbc.sql("""
                            insert into work_order_deposit (tenant_id, work_order_id, amount, method, taken_on, taken_at)
                            values (jt_current_tenant(), ?, 10, 'CASH', current_date, now()) returning id""")
                    .param(job).query(Long.class).single();
            return new long[] {job, stage, deposit};
        }));
    }

    /** An appraisal (03-services §13) of the tenant's customer with one item (with a photo): {appraisal, item}. */
    static long[] sweepAppraisal(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, long customer,
                               String notes) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long appraisal = jdbc.sql("""
                            insert into appraisal (tenant_id, store_id, number, customer_id, appraisal_date, purpose, header_notes)
                            values (jt_current_tenant(), ?, 900001, ?, current_date, 'INSURANCE', ?) returning id""")
                    .params(tenant.store().value(), customer, notes).query(Long.class).single();
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
            long photo = jdbc.sql("insert into stored_file (tenant_id, file_name, content_type, size_bytes, sha256) values "
                    + "(jt_current_tenant(), 'sweep.png', 'image/png', ?, repeat('a', 64)) returning id")
                    .param(png.length).query(Long.class).single();
            jdbc.sql("insert into stored_file_content (tenant_id, file_id, content) values (jt_current_tenant(), ?, ?)")
                    .params(photo, png).update();
            long item = jdbc.sql("""
                            insert into appraisal_item (tenant_id, appraisal_id, description, appraised_value, photo_file_id)
                            values (jt_current_tenant(), ?, 'Sweep brooch', 500, ?) returning id""")
                    .params(appraisal, photo).query(Long.class).single();
            return new long[] {appraisal, item};
        }));
    }

    /** A PDF and a PNG (with its thumbnail) attached to the tenant's job (03-services §7); answers the PNG's id. */
    static long sweepWorkOrderAttachment(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, long job) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
            long[] files = new long[2];
            for (int i = 0; i < 2; i++) {
                files[i] = jdbc.sql("insert into stored_file (tenant_id, file_name, content_type, size_bytes, sha256) values "
                        + "(jt_current_tenant(), 'sweep-attachment.png', 'image/png', ?, repeat('b', 64)) returning id")
                        .param(png.length).query(Long.class).single();
                jdbc.sql("insert into stored_file_content (tenant_id, file_id, content) values (jt_current_tenant(), ?, ?)")
                        .params(files[i], png).update();
            }
            return jdbc.sql("""
                            insert into work_order_attachment (tenant_id, work_order_id, kind, caption, file_id, thumbnail_file_id,
                                                               extension, content_type, size_bytes, created_at)
                            values (jt_current_tenant(), ?, 'damage', 'Sweep photo', ?, ?, 'png', 'image/png', ?, now())
                            returning id""")
                    .params(job, files[0], files[1], png.length).query(Long.class).single();
        }));
    }

    /** A stone service (03-services §11) on the tenant's job and its stage, naming the tenant's item. */
    static void sweepStoneService(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, long[] job,
                                  long item) {
        TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> jdbc.sql("""
                        insert into stone_service (tenant_id, work_order_id, stage_id, item_id, service)
                        values (jt_current_tenant(), ?, ?, ?, 'recut')""")
                .params(job[0], job[1], item).update()));
    }

    /** A partnership (issue 8) on the tenant's item with one partner, sold on the tenant's invoice and owing. */
    static long sweepPartnership(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, String item,
                                 String contact, String invoice) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long partnership = jdbc.sql("""
                            insert into partnership (tenant_id, item_id, cycle, status) values (jt_current_tenant(), ?, 1, 'SOLD')
                            returning id""").param(Long.valueOf(item)).query(Long.class).single();
            jdbc.sql("""
                            insert into partnership_partner (tenant_id, partnership_id, contact_id, share_kind, percent, position)
                            values (jt_current_tenant(), ?, ?, 'OWNER', 50, 1)""")
                    .params(partnership, Long.valueOf(contact)).update();
            jdbc.sql("""
                            insert into partnership_sale (tenant_id, partnership_id, settlement_type, invoice_id, sold_on,
                                                          sale_price, cost, status)
                            values (jt_current_tenant(), ?, 'OwnerSold', ?, current_date, 500, 100, 'OWED')""")
                    .params(partnership, Long.valueOf(invoice)).update();
            return partnership;
        }));
    }

    /**
     * A reconciled partnership (issue 8 §Partnerships R7, R18) of the tenant's item, sold on its invoice, with one
     * partner's detail row carrying {@code notes}: the reconciliation's id.
     */
    static long sweepReconciliation(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, long item,
                                    long invoice, long partner, String notes) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long partnership = jdbc.sql("""
                            insert into partnership (tenant_id, item_id, cycle, status) values (jt_current_tenant(), ?, 2, 'PAID')
                            returning id""").param(item).query(Long.class).single();
            jdbc.sql("""
                            insert into partnership_partner (tenant_id, partnership_id, contact_id, share_kind, percent, position)
                            values (jt_current_tenant(), ?, ?, 'OWNER', 50, 1)""").params(partnership, partner).update();
            long sale = jdbc.sql("""
                            insert into partnership_sale (tenant_id, partnership_id, settlement_type, invoice_id, sold_on,
                                                          sale_price, cost, status)
                            values (jt_current_tenant(), ?, 'OwnerSold', ?, current_date, 200, 100, 'RECONCILED') returning id""")
                    .params(partnership, invoice).query(Long.class).single();
            long reconciliation = jdbc.sql("""
                            insert into reconciled_partnership (tenant_id, partnership_id, sale_id, item_id, invoice_id,
                                settlement_type, actual_cost, partnership_value, primary_cost_value, sale_price, trade_concession,
                                gross_profit, total_owner_profit_value, total_owner_profit_actual, reconciled_on, reconciled_at)
                            values (jt_current_tenant(), ?, ?, ?, ?, 'OwnerSold', 100, 100, 50, 200, 0, 100, 25, 25,
                                    current_date, now()) returning id""")
                    .params(partnership, sale, item, invoice).query(Long.class).single();
            jdbc.sql("""
                            insert into reconciled_partnership_detail (tenant_id, reconciled_partnership_id, contact_id,
                                share_kind, percent, cost_paid_amount, suggested_payout, payout, payment_date, payment_method, notes)
                            values (jt_current_tenant(), ?, ?, 'OWNER', 50, 50, 125, 125, current_date, 'Cash', ?)""")
                    .params(reconciliation, partner, notes).update();
            return reconciliation;
        }));
    }

    /** A job template (03-services §8) of the tenant's with one default stage: its id. */
    static long sweepJobTemplate(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant tenant, String name) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> {
            long template = jdbc.sql("""
                            insert into job_template (tenant_id, name, order_type, description, unit_price)
                            values (jt_current_tenant(), ?, 'repair', ?, 45) returning id""")
                    .params(name, name).query(Long.class).single();
            jdbc.sql("insert into job_template_stage (tenant_id, template_id, position, name) values (jt_current_tenant(), ?, 1, 'Sweep')")
                    .param(template).update();
            return template;
        }));
    }
}
