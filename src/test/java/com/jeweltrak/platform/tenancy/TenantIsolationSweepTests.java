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

/**
 * issue 2 §5(d): a user of tenant A gets 404 for every record of tenant B through every endpoint that
 * exists. The routes are not listed here: every handler mapping whose path has a variable is found at
 * run time, so a route added later is swept without anyone touching this class — or, if the sweep
 * cannot call it yet (no sample input, a record kind it does not know), the sweep fails and says what
 * to add. The caller is A's owner, who holds every permission: a 403 would be the wrong answer too.
 */
@IntegrationTest
class TenantIsolationSweepTests {

    record Call(Route route, String uri, boolean allTheOtherTenants, int status, String body) {
        @Override
        public String toString() {
            return route.method() + " " + uri + " → " + status;
        }
    }

    /** What B has, read as B: compared before and after the sweep. */
    record Snapshot(Organization organization, List<Store> stores, List<User> users, Map<Long, String> passwordHashes,
                    List<PermissionGroup> groups, Map<Long, List<ApiTokens.Listed>> tokens, Set<String> sessions,
                    List<String> pickListValues, List<String> contacts, List<String> items, long auditEntries) {
    }

    static TestTenants.Tenant a;
    static TestTenants.Tenant b;
    static String callerToken;
    static final Map<Kind, List<String>> ownIds = new TreeMap<>();
    static final Map<Kind, List<String>> otherIds = new TreeMap<>();
    static final Set<String> otherTenantsStrings = new LinkedHashSet<>();
    static List<Route> routes;
    static final List<Call> calls = new ArrayList<>();
    /** The calls of routes whose variables are all {@link #TENANT_WIDE_KEYS}, made with A's own keys. */
    static final List<Call> keyedCalls = new ArrayList<>();
    static final Map<String, String> sampleValues = new LinkedHashMap<>();
    static final List<String> unswept = new ArrayList<>();
    static Snapshot before;

    @Autowired MockMvc mvc;
    @Autowired TransactionTemplate transactions;
    @Autowired Users users;
    @Autowired Stores stores;
    @Autowired PermissionGroups groups;
    @Autowired Organizations organizations;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired FindByIndexNameSessionRepository<? extends Session> sessionRepository;

    /** Where the fixtures' files go (set before the fixtures are made). */

    @BeforeAll
    static void sweep(@Autowired TestTenants tenants, @Autowired ManagingUsers managingUsers,
                      @Autowired ManagingGroups managingGroups, @Autowired Stores stores, @Autowired ApiTokens tokens,
                      @Autowired TransactionTemplate transactions, @Autowired MockMvc mvc, @Autowired Users users,
                      @Autowired PermissionGroups groups, @Autowired Organizations organizations,
                      @Autowired JdbcClient jdbc, @Autowired FindByIndexNameSessionRepository<? extends Session> sessionRepository,
                      @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                      @Autowired PeekProviders peekProviders, @Autowired PickLists pickLists,
                      @Autowired PickListValues pickListValues, @Autowired CertificateFixtures certificateFixtures,
                      @Autowired com.jeweltrak.platform.files.StoredFiles storedFiles)
            throws Exception {
        SweepFixtures.fixtureFiles = storedFiles;
        a = tenants.open("sweep-a");
        b = tenants.open("sweep-b");
        String unique = UUID.randomUUID().toString().substring(0, 8);

        // B gets a record of every kind there is: users (one of them deactivated), a second store,
        // a group of its own besides the built-in ones, API tokens, signed-in sessions
        String bStaffEmail = "bianca-" + unique + "@test.example";
        UserId bStaff = TenantContext.callAs(b.id(), b.owner().id(), () -> managingUsers.createWithPassword(
                new ManagingUsers.NewUser("Bianca", "Staffer-" + unique, bStaffEmail, "555-0199",
                        Set.of(b.group(BuiltInGroups.SALES)), Set.of(b.store())), TestTenants.PASSWORD));
        UserId bLeaver = TenantContext.callAs(b.id(), b.owner().id(), () -> managingUsers.createWithPassword(
                new ManagingUsers.NewUser("Bruno", "Leaver-" + unique, "bruno-" + unique + "@test.example", null,
                        Set.of(b.group(BuiltInGroups.MANAGER)), Set.of(b.store())), TestTenants.PASSWORD));
        TenantContext.runAs(b.id(), b.owner().id(), () -> managingUsers.deactivate(bLeaver));
        StoreId bSecondStore = TenantContext.callAs(b.id(), b.owner().id(), () -> transactions.execute(status ->
                stores.add(Store.opened("Second Store " + unique, ZoneId.of("America/Chicago")))));
        long bGroup = TenantContext.callAs(b.id(), b.owner().id(), () -> managingGroups.create("Bench " + unique,
                "Bench jewelers of " + unique, Set.of(Permission.CAN_VIEW_COST)));
        var bOwnerToken = TenantContext.callAs(b.id(), b.owner().id(), () -> tokens.issue(b.owner().id(), "B integration " + unique));
        var bStaffToken = TenantContext.callAs(b.id(), bStaff, () -> tokens.issue(bStaff, "B staff token " + unique));
        signIn(mvc, b.owner().email());
        signIn(mvc, bStaffEmail);
        Set<String> bSessions = new TreeSet<>();
        for (UserId user : List.of(b.owner().id(), bStaff)) {
            bSessions.addAll(sessionRepository.findByPrincipalName(SignedInUser.principalName(b.id(), user)).keySet());
        }

        // B's values of the test list: a region its stores hold, and one the list keeps that no record holds
        String otherRegion = "Fjordland-" + unique;
        String otherStoredValue = "Tundravale-" + unique;
        TenantContext.runAs(b.id(), b.owner().id(), () -> {
            transactions.executeWithoutResult(status -> jdbc.sql("update store set region = ?").param(otherRegion).update());
            pickListValues.remember(pickLists.get(TestPickLists.STORE_REGION), otherStoredValue);
        });
        String ownRegion = "Meadowmark-" + unique;
        TenantContext.runAs(a.id(), a.owner().id(), () -> transactions.executeWithoutResult(status ->
                jdbc.sql("update store set region = ?").param(ownRegion).update()));
        sampleValues.put("{otherRegion}", otherRegion);
        sampleValues.put("{otherStoredValue}", otherStoredValue);
        sampleValues.put("{ownRegion}", ownRegion);

        otherIds.put(Kind.USER, ids(List.of(b.owner().id().value(), bStaff.value(), bLeaver.value())));
        List<Long> bGroups = new ArrayList<>(b.opened().groups().values());
        bGroups.add(bGroup);
        otherIds.put(Kind.GROUP, ids(bGroups));
        otherIds.put(Kind.STORE, ids(List.of(b.store().value(), bSecondStore.value())));
        otherIds.put(Kind.TOKEN, ids(List.of(bOwnerToken.id(), bStaffToken.id())));
        otherIds.put(Kind.SESSION, List.copyOf(bSessions));
        // B's latest audit entries: its user's, its group's, its tokens' — whatever B did last
        otherIds.put(Kind.AUDIT_ENTRY, ids(TenantContext.callAs(b.id(), b.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select id from audit_log order by id desc limit 3").query(Long.class).list()))));
        // a table is no tenant's record: B has none of its own, only the caller's table names are combined with B's ids
        otherIds.put(Kind.TABLE, List.of());
        otherIds.put(Kind.LIST_KEY, List.of());
        // a report key is the code's, alike in every tenant: B has none of its own, so the sweep names a key no report
        // has (404, nothing of B shown or changed) and A's own GETs run the Sales Register
        otherIds.put(Kind.REPORT, List.of("no-such-report"));
        // B's contacts: a customer and a vendor who is a partner too
        otherIds.put(Kind.ITEM, ids(TenantContext.callAs(b.id(), b.owner().id(), () -> transactions.execute(status ->
                SweepFixtures.sweepItems(jdbc, b, "Bespoke-" + unique)))));
        otherIds.put(Kind.CONTACT, ids(TenantContext.callAs(b.id(), b.owner().id(), () -> transactions.execute(status -> List.of(
                jdbc.sql("insert into contact (tenant_id, first_name, last_name, email, mobile_phone, is_customer) values "
                                + "(jt_current_tenant(), 'Beatrix', ?, ?, '(312) 555-0150', true) returning id")
                        .params("Contactee-" + unique, "beatrix-" + unique + "@test.example").query(Long.class).single(),
                jdbc.sql("insert into contact (tenant_id, company, is_vendor, is_partner) values "
                                + "(jt_current_tenant(), ?, true, true) returning id")
                        .param("Vendorama " + unique).query(Long.class).single())))));

        // the caller: A's owner, with a real bearer token for the API and a real session of A's own
        MvcResult issued = mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + a.owner().email() + "\", \"password\": \"" + TestTenants.PASSWORD
                                + "\", \"name\": \"Sweep caller\"}"))
                .andReturn();
        assertThat(issued.getResponse().getStatus()).as("A's token").isEqualTo(201);
        callerToken = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
        Number callerTokenId = JsonPath.read(issued.getResponse().getContentAsString(), "$.id");
        signIn(mvc, a.owner().email());
        ownIds.put(Kind.USER, List.of(a.owner().id().toString()));
        ownIds.put(Kind.GROUP, List.of(Long.toString(a.group(PermissionGroup.ADMIN))));
        ownIds.put(Kind.STORE, List.of(a.store().toString()));
        ownIds.put(Kind.TOKEN, List.of(callerTokenId.toString()));
        ownIds.put(Kind.AUDIT_ENTRY, ids(TenantContext.callAs(a.id(), a.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select id from audit_log where table_name = 'app_user' and row_id = ? order by id limit 1")
                        .param(a.owner().id().toString()).query(Long.class).list()))));
        ownIds.put(Kind.TABLE, List.of("app_user"));
        ownIds.put(Kind.LIST_KEY, List.of(TestPickLists.STORE_REGION));
        ownIds.put(Kind.REPORT, List.of("sales-register"));
        ownIds.put(Kind.ITEM, ids(TenantContext.callAs(a.id(), a.owner().id(), () -> transactions.execute(status ->
                SweepFixtures.sweepItems(jdbc, a, "Own ring")))));
        ownIds.put(Kind.CONTACT, ids(TenantContext.callAs(a.id(), a.owner().id(), () -> transactions.execute(status -> List.of(
                jdbc.sql("insert into contact (tenant_id, first_name, last_name, is_customer) values "
                        + "(jt_current_tenant(), 'Own', 'Contact', true) returning id").query(Long.class).single())))));
        // resale certificates, each with its document, on B's first contact and on A's own contact
        ContactId bDealer = new ContactId(Long.parseLong(otherIds.get(Kind.CONTACT).getFirst()));
        otherIds.put(Kind.CERTIFICATE, ids(List.of(
                certificateFixtures.certificate(b, bDealer, "TX", "B-PERMIT-" + unique, null, true).value(),
                certificateFixtures.certificate(b, bDealer, "NY", "B-SECOND-" + unique, null, true).value())));
        otherTenantsStrings.add("B-PERMIT-" + unique);
        otherTenantsStrings.add("permit-B-SECOND-" + unique);
        ContactId aDealer = new ContactId(Long.parseLong(ownIds.get(Kind.CONTACT).getFirst()));
        ownIds.put(Kind.CERTIFICATE, List.of(
                certificateFixtures.certificate(a, aDealer, "CA", "A-PERMIT-" + unique, null, true).toString()));
        sampleValues.put("{ownContact}", ownIds.get(Kind.CONTACT).getFirst());
        // wishlist entries: B's customer wants B's first item, A's own contact A's first item
        otherIds.put(Kind.WISHLIST_ENTRY, ids(TenantContext.callAs(b.id(), b.owner().id(), () -> transactions.execute(status ->
                List.of(jdbc.sql("insert into wishlist_entry (tenant_id, contact_id, item_id) values (jt_current_tenant(), ?, ?)"
                                + " returning id").params(Long.valueOf(otherIds.get(Kind.CONTACT).getFirst()),
                        Long.valueOf(otherIds.get(Kind.ITEM).getFirst())).query(Long.class).single())))));
        ownIds.put(Kind.WISHLIST_ENTRY, ids(TenantContext.callAs(a.id(), a.owner().id(), () -> transactions.execute(status ->
                List.of(jdbc.sql("insert into wishlist_entry (tenant_id, contact_id, item_id) values (jt_current_tenant(), ?, ?)"
                                + " returning id").params(Long.valueOf(ownIds.get(Kind.CONTACT).getFirst()),
                        Long.valueOf(ownIds.get(Kind.ITEM).getFirst())).query(Long.class).single())))));
        // styles: one of B's and one of A's
        otherIds.put(Kind.STYLE, ids(List.of(SweepFixtures.sweepStyle(jdbc, transactions, b, "B-STYLE-" + unique))));
        ownIds.put(Kind.STYLE, ids(List.of(SweepFixtures.sweepStyle(jdbc, transactions, a, "A-STYLE-" + unique))));
        otherTenantsStrings.add("B-STYLE-" + unique);
        // payment options printed on invoices: one on B's store, one on A's
        otherIds.put(Kind.PAYMENT_OPTION, ids(List.of(SweepFixtures.sweepPaymentOption(jdbc, transactions, b, "B-PAY-" + unique))));
        ownIds.put(Kind.PAYMENT_OPTION, ids(List.of(SweepFixtures.sweepPaymentOption(jdbc, transactions, a, "A-PAY-" + unique))));
        otherTenantsStrings.add("B-PAY-" + unique);
        // item photos with their image files: one on B's first item, one on A's
        otherIds.put(Kind.PHOTO, ids(TenantContext.callAs(b.id(), b.owner().id(), () -> transactions.execute(status ->
                List.of(SweepFixtures.sweepPhoto(jdbc, storedFiles, Long.valueOf(otherIds.get(Kind.ITEM).getFirst())))))));
        ownIds.put(Kind.PHOTO, ids(TenantContext.callAs(a.id(), a.owner().id(), () -> transactions.execute(status ->
                List.of(SweepFixtures.sweepPhoto(jdbc, storedFiles, Long.valueOf(ownIds.get(Kind.ITEM).getFirst())))))));
        // Bulk Image Downloads, each ready with its ZIP: one asked for by B's owner, one by A's (the caller)
        otherIds.put(Kind.PHOTO_DOWNLOAD, ids(TenantContext.callAs(b.id(), b.owner().id(), () -> transactions.execute(status ->
                List.of(SweepFixtures.sweepDownload(jdbc, storedFiles, b))))));
        ownIds.put(Kind.PHOTO_DOWNLOAD, ids(TenantContext.callAs(a.id(), a.owner().id(), () -> transactions.execute(status ->
                List.of(SweepFixtures.sweepDownload(jdbc, storedFiles, a))))));
        // StockIDs: B's are moved out of A's range (both tenants' sweep items start at 5001), so a StockID of B's
        // names nothing of A's and a 200 could only be B's item
        otherIds.put(Kind.STOCK_ID, ids(TenantContext.callAs(b.id(), b.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("update item set stock_number = stock_number + 900000 where id = any(?) returning stock_number")
                        .param(otherIds.get(Kind.ITEM).stream().map(Long::valueOf).toArray(Long[]::new))
                        .query(Long.class).list()))));
        ownIds.put(Kind.STOCK_ID, ids(TenantContext.callAs(a.id(), a.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select stock_number from item where id = any(?)")
                        .param(ownIds.get(Kind.ITEM).stream().map(Long::valueOf).toArray(Long[]::new))
                        .query(Long.class).list()))));
        // set stones: a manual one with its certificate file on B's ring and on A's; loose-stone certificates on the diamonds
        otherIds.put(Kind.SET_STONE, ids(List.of(SweepFixtures.sweepSetStone(jdbc, transactions, b, otherIds.get(Kind.ITEM).getFirst()))));
        ownIds.put(Kind.SET_STONE, ids(List.of(SweepFixtures.sweepSetStone(jdbc, transactions, a, ownIds.get(Kind.ITEM).getFirst()))));
        otherIds.put(Kind.STONE_CERTIFICATE, ids(List.of(SweepFixtures.sweepStoneCertificate(jdbc, transactions, b, otherIds.get(Kind.ITEM).get(1)))));
        ownIds.put(Kind.STONE_CERTIFICATE, ids(List.of(SweepFixtures.sweepStoneCertificate(jdbc, transactions, a, ownIds.get(Kind.ITEM).get(1)))));
        // inventory counts: one open count of B's (scans, finish and cancel would be accepted) and one of A's
        otherIds.put(Kind.INVENTORY_COUNT, ids(List.of(SweepFixtures.sweepCount(jdbc, transactions, b))));
        ownIds.put(Kind.INVENTORY_COUNT, ids(List.of(SweepFixtures.sweepCount(jdbc, transactions, a))));
        // invoices (issue 6): one of B's and one of A's, each Open with a service line and a cash tender
        long[] bInvoice = SweepFixtures.sweepInvoice(jdbc, transactions, b, "B-INVOICE-REF-" + unique);
        long[] aInvoice = SweepFixtures.sweepInvoice(jdbc, transactions, a, "A-INVOICE-REF-" + unique);
        otherIds.put(Kind.INVOICE, ids(List.of(bInvoice[0])));
        otherIds.put(Kind.INVOICE_LINE, ids(List.of(bInvoice[1])));
        otherIds.put(Kind.PAYMENT, ids(List.of(bInvoice[2])));
        ownIds.put(Kind.INVOICE, ids(List.of(aInvoice[0])));
        ownIds.put(Kind.INVOICE_LINE, ids(List.of(aInvoice[1])));
        ownIds.put(Kind.PAYMENT, ids(List.of(aInvoice[2])));
        otherTenantsStrings.add("B-INVOICE-REF-" + unique);
        // payments on account (issue 10): one of B's contact and one of A's
        otherIds.put(Kind.CUSTOMER_PAYMENT, ids(List.of(SweepFixtures.sweepCustomerPayment(jdbc, transactions, b,
                otherIds.get(Kind.CONTACT).getFirst()))));
        ownIds.put(Kind.CUSTOMER_PAYMENT, ids(List.of(SweepFixtures.sweepCustomerPayment(jdbc, transactions, a,
                ownIds.get(Kind.CONTACT).getFirst()))));
        // journal entries: one balanced entry of B's and one of A's
        otherIds.put(Kind.JOURNAL_ENTRY, ids(List.of(SweepFixtures.sweepJournalEntry(jdbc, transactions, b, "B-JOURNAL-" + unique))));
        ownIds.put(Kind.JOURNAL_ENTRY, ids(List.of(SweepFixtures.sweepJournalEntry(jdbc, transactions, a, "A-JOURNAL-" + unique))));
        otherTenantsStrings.add("B-JOURNAL-" + unique);
        // memos (issue 7): one of B's and one of A's, each with a misc line partly returned on a receipt
        long[] bMemo = SweepFixtures.sweepMemo(jdbc, transactions, b, Long.parseLong(otherIds.get(Kind.CONTACT).getFirst()),
                "B-MEMO-TERMS-" + unique);
        long[] aMemo = SweepFixtures.sweepMemo(jdbc, transactions, a, Long.parseLong(ownIds.get(Kind.CONTACT).getFirst()),
                "A-MEMO-TERMS-" + unique);
        otherIds.put(Kind.MEMO, ids(List.of(bMemo[0])));
        otherIds.put(Kind.MEMO_RETURN, ids(List.of(bMemo[1])));
        ownIds.put(Kind.MEMO, ids(List.of(aMemo[0])));
        ownIds.put(Kind.MEMO_RETURN, ids(List.of(aMemo[1])));
        otherTenantsStrings.add("B-MEMO-TERMS-" + unique);
        // work orders (issue 9): one repair of B's and one of A's, each with a stage
        long[] bJob = SweepFixtures.sweepWorkOrder(jdbc, transactions, b, Long.parseLong(otherIds.get(Kind.CONTACT).getFirst()),
                "B-WORK-ORDER-" + unique);
        long[] aJob = SweepFixtures.sweepWorkOrder(jdbc, transactions, a, Long.parseLong(ownIds.get(Kind.CONTACT).getFirst()),
                "A-WORK-ORDER-" + unique);
        otherIds.put(Kind.WORK_ORDER, ids(List.of(bJob[0])));
        otherIds.put(Kind.WORK_ORDER_STAGE, ids(List.of(bJob[1])));
        ownIds.put(Kind.WORK_ORDER, ids(List.of(aJob[0])));
        ownIds.put(Kind.WORK_ORDER_STAGE, ids(List.of(aJob[1])));
        otherIds.put(Kind.WORK_ORDER_DEPOSIT, ids(List.of(bJob[2])));
        ownIds.put(Kind.WORK_ORDER_DEPOSIT, ids(List.of(aJob[2])));
        otherTenantsStrings.add("B-WORK-ORDER-" + unique);
        // stone services (03-services §11): each tenant's sweep job is also a stone job on its own item
        SweepFixtures.sweepStoneService(jdbc, transactions, b, bJob, Long.parseLong(otherIds.get(Kind.ITEM).getFirst()));
        SweepFixtures.sweepStoneService(jdbc, transactions, a, aJob, Long.parseLong(ownIds.get(Kind.ITEM).getFirst()));
        // work-order attachments (issue 9, 03-services §7): a PNG with its thumbnail on each tenant's job
        otherIds.put(Kind.WORK_ORDER_ATTACHMENT, ids(List.of(SweepFixtures.sweepWorkOrderAttachment(jdbc, transactions, b, bJob[0]))));
        ownIds.put(Kind.WORK_ORDER_ATTACHMENT, ids(List.of(SweepFixtures.sweepWorkOrderAttachment(jdbc, transactions, a, aJob[0]))));
        // appraisals (issue 9): one of B's and one of A's, each with one item
        long[] bAppraisal = SweepFixtures.sweepAppraisal(jdbc, transactions, b,
                Long.parseLong(otherIds.get(Kind.CONTACT).getFirst()), "B-APPRAISAL-NOTES-" + unique);
        long[] aAppraisal = SweepFixtures.sweepAppraisal(jdbc, transactions, a,
                Long.parseLong(ownIds.get(Kind.CONTACT).getFirst()), "A-APPRAISAL-NOTES-" + unique);
        otherIds.put(Kind.APPRAISAL, ids(List.of(bAppraisal[0])));
        otherIds.put(Kind.APPRAISAL_ITEM, ids(List.of(bAppraisal[1])));
        ownIds.put(Kind.APPRAISAL, ids(List.of(aAppraisal[0])));
        ownIds.put(Kind.APPRAISAL_ITEM, ids(List.of(aAppraisal[1])));
        otherTenantsStrings.add("B-APPRAISAL-NOTES-" + unique);
        // partnerships (issue 8): one of B's and one of A's, sold and owing a reconciliation
        otherIds.put(Kind.PARTNERSHIP, ids(List.of(SweepFixtures.sweepPartnership(jdbc, transactions, b,
                otherIds.get(Kind.ITEM).getFirst(), otherIds.get(Kind.CONTACT).getFirst(), otherIds.get(Kind.INVOICE).getFirst()))));
        ownIds.put(Kind.PARTNERSHIP, ids(List.of(SweepFixtures.sweepPartnership(jdbc, transactions, a,
                ownIds.get(Kind.ITEM).getFirst(), ownIds.get(Kind.CONTACT).getFirst(), ownIds.get(Kind.INVOICE).getFirst()))));
        // partnership reconciliations (issue 8): one of B's on B's first item and invoice, one of A's
        otherIds.put(Kind.RECONCILIATION, ids(List.of(SweepFixtures.sweepReconciliation(jdbc, transactions, b,
                Long.parseLong(otherIds.get(Kind.ITEM).getFirst()), bInvoice[0],
                Long.parseLong(otherIds.get(Kind.CONTACT).getFirst()), "B-RECONCILIATION-" + unique))));
        ownIds.put(Kind.RECONCILIATION, ids(List.of(SweepFixtures.sweepReconciliation(jdbc, transactions, a,
                Long.parseLong(ownIds.get(Kind.ITEM).getFirst()), aInvoice[0],
                Long.parseLong(ownIds.get(Kind.CONTACT).getFirst()), "A-RECONCILIATION-" + unique))));
        otherTenantsStrings.add("B-RECONCILIATION-" + unique);
        // job templates (issue 9): one of B's and one of A's
        otherIds.put(Kind.JOB_TEMPLATE, ids(List.of(SweepFixtures.sweepJobTemplate(jdbc, transactions, b, "B-JOB-TEMPLATE-" + unique))));
        ownIds.put(Kind.JOB_TEMPLATE, ids(List.of(SweepFixtures.sweepJobTemplate(jdbc, transactions, a, "A-JOB-TEMPLATE-" + unique))));
        otherTenantsStrings.add("B-JOB-TEMPLATE-" + unique);
        // gift cards and store credits (issue 10): one of each of B's and of A's
        otherIds.put(Kind.GIFT_CARD, ids(List.of(SweepFixtures.sweepGiftCard(jdbc, transactions, b, "BGIFT" + unique))));
        ownIds.put(Kind.GIFT_CARD, ids(List.of(SweepFixtures.sweepGiftCard(jdbc, transactions, a, "AGIFT" + unique))));
        otherIds.put(Kind.STORE_CREDIT, ids(List.of(SweepFixtures.sweepStoreCredit(jdbc, transactions, b,
                Long.parseLong(otherIds.get(Kind.CONTACT).getFirst()), "B-CREDIT-REASON-" + unique))));
        ownIds.put(Kind.STORE_CREDIT, ids(List.of(SweepFixtures.sweepStoreCredit(jdbc, transactions, a,
                Long.parseLong(ownIds.get(Kind.CONTACT).getFirst()), "A-CREDIT-REASON-" + unique))));
        otherTenantsStrings.add("B-CREDIT-REASON-" + unique);
        ownIds.put(Kind.SESSION, List.copyOf(sessionRepository.findByPrincipalName(
                SignedInUser.principalName(a.id(), a.owner().id())).keySet()));

        before = snapshot(b, users, stores, groups, organizations, tokens, jdbc, transactions, sessionRepository);
        // what of B must never show in an answer to A. Not B's session ids: a 404 may echo the id the
        // caller sent in the path, which is the caller's own input, not B's data.
        otherTenantsStrings.add(before.organization().name());
        before.stores().forEach(s -> otherTenantsStrings.add(s.name()));
        before.users().forEach(u -> {
            otherTenantsStrings.add(u.email());
            otherTenantsStrings.add(u.displayName());
            otherTenantsStrings.add(u.lastName());
        });
        before.groups().stream().filter(g -> !g.builtIn()).forEach(g -> {
            otherTenantsStrings.add(g.name());
            otherTenantsStrings.add(g.description());
        });
        before.tokens().values().forEach(list -> list.forEach(t -> otherTenantsStrings.add(t.name())));
        otherTenantsStrings.add(bOwnerToken.token());
        otherTenantsStrings.add("Contactee-" + unique);
        otherTenantsStrings.add("beatrix-" + unique + "@test.example");
        otherTenantsStrings.add("Vendorama " + unique);
        otherTenantsStrings.add("Bespoke-" + unique);
        otherTenantsStrings.add(bStaffToken.token());
        otherTenantsStrings.add(otherRegion);
        otherTenantsStrings.add(otherStoredValue);

        routes = routesWithPathVariables(mappings, peekProviders.types());
        for (Route route : routes) {
            sweep(mvc, route);
        }
        System.out.println("Tenant isolation sweep: " + calls.size() + " calls through " + routes.size() + " routes");
    }

    // issue 2 §5(d): the sweep reaches every route with a path variable, and it cannot silently skip one
    @Test
    void everyRouteWithAPathVariableIsSweptWithTheOtherTenantsRecords() {
        assertThat(unswept).as("routes the sweep could not call").isEmpty();
        assertThat(calls.size()).as("calls made").isPositive();
        Set<String> called = new TreeSet<>();
        calls.forEach(c -> called.add(c.route().key()));
        keyedCalls.forEach(c -> called.add(c.route().key()));
        Set<String> enumerated = new TreeSet<>();
        routes.forEach(r -> enumerated.add(r.key()));
        assertThat(called).isEqualTo(enumerated);
        assertThat(enumerated).as("the enumeration finds pages and API routes alike")
                .anyMatch(r -> r.contains(" /api/")).anyMatch(r -> !r.contains(" /api/"));
    }

    // issue 2 §5(d), design §5b: another tenant's record is "not found" — never 200, 302, 403 or 500
    @Test
    void everyCallForAnotherTenantsRecordAnswersNotFound() {
        assertThat(calls).isNotEmpty();
        List<Call> wrong = calls.stream().filter(c -> c.status() != 404).toList();
        assertThat(wrong).as("calls by A for B's records that did not answer 404").isEmpty();
    }

    // issue 2 §5(d): nothing of B — names, e-mails, organization, stores, groups, tokens — is in any answer to A
    @Test
    void noAnswerToTheCallerContainsAnythingOfTheOtherTenant() {
        assertThat(otherTenantsStrings).hasSizeGreaterThan(10);
        List<String> leaks = new ArrayList<>();
        for (Call call : allCalls()) {
            for (String secret : otherTenantsStrings) {
                if (call.body().contains(secret)) leaks.add(call + " shows \"" + secret + "\"");
            }
        }
        assertThat(leaks).isEmpty();
    }

    // issue 2 §5(d) for routes named by a list key rather than a record: A reads its own list; B's values are "not found"
    @Test
    void listKeyRoutesReadTheCallersOwnListAndFindNoneOfTheOtherTenantsValues() {
        assertThat(keyedCalls).extracting(c -> c.route().key())
                .contains("GET /utilities/lists/{listKey}", "POST /api/v1/pick-lists/{listKey}/merge");
        List<Call> wrong = keyedCalls.stream()
                .filter(c -> c.status() != (c.route().method().equals("GET") ? 200 : 404)).toList();
        assertThat(wrong).as("GETs of A's list answer it; writes naming B's values answer 404").isEmpty();
        assertThat(keyedCalls).filteredOn(c -> c.route().method().equals("GET"))
                .allMatch(c -> c.body().contains(sampleValues.get("{ownRegion}")), "shows A's own value");
    }

    // issue 2 §5(d): the sweep's state changes (deactivate, reset password, revoke, end session …) did nothing to B
    @Test
    void theOtherTenantsRecordsAreUnchangedAfterTheSweep() {
        assertThat(before.users()).extracting(u -> u.id().toString()).containsExactlyInAnyOrderElementsOf(otherIds.get(Kind.USER));
        assertThat(before.tokens().values().stream().mapToInt(List::size).sum()).isEqualTo(2);
        assertThat(before.sessions()).hasSize(2);
        assertThat(before.stores()).allMatch(s -> sampleValues.get("{otherRegion}").equals(s.address().region()));
        assertThat(before.pickListValues()).contains(TestPickLists.STORE_REGION + ":" + sampleValues.get("{otherStoredValue}"));
        assertThat(before.contacts()).hasSize(otherIds.get(Kind.CONTACT).size());

        Snapshot after = snapshot(b, users, stores, groups, organizations, tokens, jdbc, transactions, sessionRepository);

        assertThat(after).usingRecursiveComparison().isEqualTo(before);
        assertThat(after.users()).filteredOn(User::active).extracting(u -> u.id().toString())
                .containsExactlyInAnyOrderElementsOf(otherIds.get(Kind.USER).subList(0, 2));
    }

    // control: the very same GET routes answer A for A's own records — so the 404s above come from the lookup
    @Test
    void theSameRoutesAnswerTheCallerForItsOwnRecords() throws Exception {
        int checked = 0;
        for (Route route : routes) {
            if (!route.method().equals("GET")) continue;
            Map<String, String> values = new LinkedHashMap<>();
            for (var variable : variables(route.pattern()).entrySet()) {
                values.put(variable.getKey(), ownIds.get(variable.getValue()).getFirst());
            }
            Call call = call(mvc, route, values, false);
            assertThat(call.status()).as(call.toString()).isEqualTo(200);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    private static void sweep(MockMvc mvc, Route route) throws Exception {
        Map<String, Kind> variables;
        try {
            variables = variables(route.pattern());
        } catch (IllegalArgumentException unknown) {
            unswept.add(unknown.getMessage());
            return;
        }
        if (needsInput(route.handler()) && !SAMPLES.containsKey(route.key())) {
            unswept.add("add a sample body for " + route.key());
            return;
        }
        if (TENANT_WIDE_KEYS.containsAll(variables.values())) {
            Map<String, String> values = new LinkedHashMap<>();
            variables.forEach((name, kind) -> values.put(name, ownIds.get(kind).getFirst()));
            keyedCalls.add(call(mvc, route, values, false));
            return;
        }
        // every combination of B's ids; with several variables also mixed with A's own (A's user, B's session)
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (var variable : variables.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            List<String> candidates = new ArrayList<>(otherIds.get(variable.getValue()));
            if (variables.size() > 1) candidates.addAll(ownIds.get(variable.getValue()));
            for (Map<String, String> partial : combinations) {
                for (String candidate : candidates) {
                    Map<String, String> extended = new LinkedHashMap<>(partial);
                    extended.put(variable.getKey(), candidate);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        for (Map<String, String> values : combinations) {
            boolean namesSomethingOfB = variables.entrySet().stream()
                    .anyMatch(v -> otherIds.get(v.getValue()).contains(values.get(v.getKey())));
            if (namesSomethingOfB) {
                calls.add(call(mvc, route, values, true));
            }
        }
    }

    private static Call call(MockMvc mvc, Route route, Map<String, String> values, boolean other) throws Exception {
        StringBuilder uri = new StringBuilder();
        Matcher m = VARIABLE.matcher(route.pattern());
        while (m.find()) m.appendReplacement(uri, Matcher.quoteReplacement(values.get(m.group(1))));
        m.appendTail(uri);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), uri.toString());
        String sample = SAMPLES.get(route.key());
        if (sample != null) {
            sample = sample.replace("{group}", ownIds.get(Kind.GROUP).getFirst()).replace("{store}", ownIds.get(Kind.STORE).getFirst());
            for (var value : sampleValues.entrySet()) sample = sample.replace(value.getKey(), value.getValue());
        }
        if (route.api()) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + callerToken).accept(MediaType.APPLICATION_JSON);
            if (sample != null) request.contentType(MediaType.APPLICATION_JSON).content(sample);
        } else {
            request.with(a.owner().signedIn()).with(csrf()).accept(MediaType.TEXT_HTML);
            if (sample != null) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
                for (String pair : sample.split("&")) {
                    String[] kv = pair.split("=", 2);
                    request.param(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            }
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Call(route, uri.toString(), other, result.getResponse().getStatus(),
                    result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception unhandled) {
            return new Call(route, uri.toString(), other, 500, String.valueOf(unhandled));
        }
    }







    private static void signIn(MockMvc mvc, String email) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestTenants.PASSWORD))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("signing in " + email).isEqualTo("/");
    }

    private static Snapshot snapshot(TestTenants.Tenant tenant, Users users, Stores stores, PermissionGroups groups,
                                     Organizations organizations, ApiTokens tokens, JdbcClient jdbc,
                                     TransactionTemplate transactions,
                                     FindByIndexNameSessionRepository<? extends Session> sessionRepository) {
        return TenantContext.callAs(tenant.id(), null, () -> transactions.execute(status -> {
            List<User> all = users.list(null, 0, 1000).content().stream().map(l -> users.get(l.id())).toList();
            Map<Long, String> hashes = new TreeMap<>();
            Map<Long, List<ApiTokens.Listed>> tokensByUser = new TreeMap<>();
            Set<String> sessions = new TreeSet<>();
            for (User user : all) {
                hashes.put(user.id().value(), users.passwordHash(user.id()).orElse(null));
                tokensByUser.put(user.id().value(), tokens.of(user.id()));
                sessions.addAll(sessionRepository.findByPrincipalName(SignedInUser.principalName(tenant.id(), user.id())).keySet());
            }
            List<String> pickListValues = jdbc.sql("select list_key || ':' || value from pick_list_value order by 1")
                    .query(String.class).list();
            // every column of every contact row, as text: any change the sweep made would show
            List<String> contacts = jdbc.sql("select row_to_json(c)::text from contact c order by id").query(String.class).list();
            List<String> items = jdbc.sql("select row_to_json(i)::text from item i order by id").query(String.class).list();
            long audit = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
            return new Snapshot(organizations.get(), stores.all(), all, hashes, groups.all(), tokensByUser, sessions,
                    pickListValues, contacts, items, audit);
        }));
    }






    private static List<Call> allCalls() {
        List<Call> all = new ArrayList<>(calls);
        all.addAll(keyedCalls);
        return all;
    }

    private static List<String> ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }
}
