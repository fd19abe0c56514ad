package com.jeweltrak.platform.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** issue 3 §1: a list exports to CSV and Excel with the page's search, filters and sort — all matching rows. */
@IntegrationTest
class ListExportTests {

    static final List<String> ALL_USER_COLUMNS = List.of("Name", "E-mail", "Phone", "Groups", "Status");

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static String token;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired ManagingUsers managing) {
        tenant = tenants.open("list-export");
        other = tenants.open("list-export-other");
        token = "Exp" + UUID.randomUUID().toString().substring(0, 6);
        add(managing, tenant, "Opal", "opal-" + token + "@test.example", "555-0101");
        add(managing, tenant, "Pearl", "pearl-" + token + "@test.example", null);
        // a name and a phone that a spreadsheet would run as formulas
        add(managing, tenant, "=HYPERLINK(\"http://evil.example\",\"Click\")", "formula-" + token + "@test.example", "+1 555 0102");
        add(managing, other, "Onyx", "onyx-" + token + "@test.example", "555-0999");
    }

    private static void add(ManagingUsers managing, TestTenants.Tenant in, String first, String email, String phone) {
        TenantContext.runAs(in.id(), in.owner().id(), () -> managing.createWithPassword(new ManagingUsers.NewUser(first,
                token, email, phone, Set.of(in.group(BuiltInGroups.SALES)), Set.of(in.store())), TestTenants.PASSWORD));
    }

    private MockHttpServletResponse export(TestTenants.Person who, String format, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/lists/export").with(who.signedIn()).param("list", "settings.users")
                .param("format", format);
        for (int i = 0; i < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static List<CSVRecord> csv(MockHttpServletResponse response) throws IOException {
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).as("starts with a byte-order mark, for Excel").startsWith("\uFEFF");
        return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static List<List<String>> xlsx(MockHttpServletResponse response) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) cells.add(row.getCellText(c));
                rows.add(cells);
            }
            return rows;
        }
    }

    // issue 3 §1, R7: CSV has every row matching the search (not just the page) and every column, hidden ones too
    @Test
    void theCsvHasAllFilteredRowsAndAllColumnsInTheAskedOrder() throws Exception {
        MockHttpServletResponse response = export(tenant.owner(), "csv", "q", token, "sort", "email,desc", "size", "1");

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("filename=\"users-")
                .endsWith(".csv\"");
        List<CSVRecord> records = csv(response);
        assertThat(records.getFirst().values()).containsExactlyElementsOf(ALL_USER_COLUMNS);
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(1)).containsExactly(
                "pearl-" + token + "@test.example", "opal-" + token + "@test.example", "formula-" + token + "@test.example");
        assertThat(records.get(2).values()).containsExactly("Opal " + token, "opal-" + token + "@test.example", "555-0101",
                "Sales", "Active");
    }

    // issue 3 §1: the Excel file has the same rows and columns, read back with a real .xlsx reader
    @Test
    void theExcelFileHasAllFilteredRows() throws Exception {
        MockHttpServletResponse response = export(tenant.owner(), "xlsx", "q", token, "sort", "name,asc");

        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
        List<List<String>> rows = xlsx(response);
        assertThat(rows.getFirst()).containsExactlyElementsOf(ALL_USER_COLUMNS);
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(1)).containsExactly(
                "formula-" + token + "@test.example", "opal-" + token + "@test.example", "pearl-" + token + "@test.example");
    }

    // CSV / formula injection: cells starting with = + - @ are exported with a leading apostrophe, in both formats
    @Test
    void formulasAreNeutralizedInBothFormats() throws Exception {
        List<CSVRecord> records = csv(export(tenant.owner(), "csv", "q", "formula-" + token));
        assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\") " + token);
        assertThat(records.get(1).get(2)).isEqualTo("'+1 555 0102");

        List<List<String>> rows = xlsx(export(tenant.owner(), "xlsx", "q", "formula-" + token));
        assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\") " + token);
        assertThat(rows.get(1).get(2)).isEqualTo("'+1 555 0102");
    }

    // R7: "visible columns only" leaves out the columns the user hid, and only then
    @Test
    void visibleColumnsOnlyFollowsTheUsersColumnChoice() throws Exception {
        TestTenants.Person admin = tenants.addPerson(tenant, "Vera", Set.of(tenant.group(com.jeweltrak.platform.users.PermissionGroup.ADMIN)),
                Set.of());
        mvc.perform(post("/lists/columns").with(admin.signedIn()).with(csrf()).param("list", "settings.users")
                .param("visible", "name", "status")).andExpect(status().is3xxRedirection());

        assertThat(csv(export(admin, "csv", "q", token, "columns", "visible")).getFirst().values())
                .containsExactly("Name", "Status");
        assertThat(xlsx(export(admin, "xlsx", "q", token, "columns", "visible")).getFirst()).containsExactly("Name", "Status");
        assertThat(csv(export(admin, "csv", "q", token)).getFirst().values()).containsExactlyElementsOf(ALL_USER_COLUMNS);
    }

    // design §4: another tenant's rows never appear in an export
    @Test
    void anotherTenantsRowsAreNeverExported() throws Exception {
        String everything = new String(export(tenant.owner(), "csv").getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(everything).contains("opal-" + token).doesNotContain("onyx-" + token).doesNotContain(other.owner().email());

        List<CSVRecord> theirs = csv(export(other.owner(), "csv", "q", token));
        assertThat(theirs).hasSize(2);
        assertThat(theirs.get(1).get(1)).isEqualTo("onyx-" + token + "@test.example");
    }

    // 10-settings §Users R12: whoever may not see the list may not export it; an unknown format is a 400
    @Test
    void theExportNeedsTheListsPermissionAndAKnownFormat() throws Exception {
        var clerk = tenants.addPerson(tenant, "Cleo", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mvc.perform(get("/lists/export").param("list", "settings.users").param("format", "csv").with(clerk.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/lists/export").param("list", "settings.users").param("format", "pdf")
                .with(tenant.owner().signedIn())).andExpect(status().isBadRequest());
    }
}
