package com.jeweltrak.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.jeweltrak.accounting.ChartOfAccounts;
import com.jeweltrak.platform.tenancy.OpeningTenant;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.PermissionGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes one tenant of a chosen {@link TenantShape} (issue 12 §1): the organization, two stores and five people
 * through the application's own use cases, then its records in bulk by the script {@code generator/tenant.sql},
 * as the owner role in one transaction. Row by row the audit trigger and the journal's balance check would take
 * hours for a million lines, so both are switched off for that transaction only — other sessions wait on the
 * table locks and are audited as always — and what they guard is checked over the whole tenant before the
 * commit ({@link GeneratedTenantInvariants}): a generated tenant that broke one is never committed.
 */
@Component
public class GeneratingATenant {

    public static final String PASSWORD = "jeweltrak-demo";
    static final BigDecimal TAX_RATE = new BigDecimal("0.0625");
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Logger log = LoggerFactory.getLogger(GeneratingATenant.class);

    /** The tables the script writes whose row triggers it suspends: the audit trail, and the per-row balance check. */
    private static final List<String> TABLES = List.of("contact", "item", "item_jewelry", "item_watch", "item_diamond",
            "item_colored_stone", "item_pearl", "stock_movement", "journal_entry", "journal_line", "invoice",
            "invoice_line", "invoice_payment", "memo", "memo_line", "memo_return", "memo_return_line", "number_sequence");
    private static final Set<String> SUSPENDED_TRIGGERS = Set.of("audit", "journal_entry_balanced", "journal_line_balanced");

    public record Generated(TenantId tenant, UserId owner, String ownerEmail, Map<String, Long> counts, long millis) {
    }

    private final OpeningTenant openingTenant;
    private final ManagingUsers managingUsers;
    private final Stores stores;
    private final TransactionTemplate transactions;
    private final DataSource owner;
    private final Clock clock;
    private final ChartOfAccounts chartOfAccounts;

    GeneratingATenant(OpeningTenant openingTenant, ManagingUsers managingUsers, Stores stores,
                      TransactionTemplate transactions, @FlywayDataSource DataSource owner, Clock clock,
                      ChartOfAccounts chartOfAccounts) {
        this.chartOfAccounts = chartOfAccounts;
        this.openingTenant = openingTenant;
        this.managingUsers = managingUsers;
        this.stores = stores;
        this.transactions = transactions;
        this.owner = owner;
        this.clock = clock;
    }

    public Generated generate(String organization, String emailDomain, TenantShape shape, long seed) {
        long started = System.nanoTime();
        String ownerEmail = "owner@" + emailDomain;
        var opened = openingTenant.open(new OpeningTenant.Request(organization, "Main Street", ZONE, "Olivia", "Owner",
                ownerEmail, PASSWORD));
        List<Long> people = TenantContext.callAs(opened.tenant(), opened.owner(), () -> transactions.execute(status -> {
            chartOfAccounts.ensure();
            StoreId mall = stores.add(Store.opened("Oak Mall", ZONE));
            Set<StoreId> both = Set.of(opened.store(), mall);
            managingUsers.changeAccess(opened.owner(), Set.of(opened.groups().get(PermissionGroup.ADMIN)), both);
            UserId manager = person("Marcus", "Manager", "manager@" + emailDomain, opened.groups().get(BuiltInGroups.MANAGER), both);
            long sales = opened.groups().get(BuiltInGroups.SALES);
            return List.of(opened.owner().value(), manager.value(), mall.value(),
                    person("Sofia", "Sales", "sales1@" + emailDomain, sales, both).value(),
                    person("Samuel", "Seller", "sales2@" + emailDomain, sales, both).value(),
                    person("Selma", "Stone", "sales3@" + emailDomain, sales, both).value());
        }));
        Map<String, Object> values = new LinkedHashMap<>(shape.parameters());
        values.put("seed", (seed % 1000) / 1000.0);
        values.put("tenant", opened.tenant().value());
        values.put("store1", opened.store().value());
        values.put("store2", people.get(2));
        values.put("owner", opened.owner().value());
        values.put("users", people.get(0) + ", " + people.get(1) + ", " + people.get(3) + ", " + people.get(4) + ", " + people.get(5));
        values.put("userCount", 5);
        values.put("today", LocalDate.now(clock.withZone(ZONE)));
        values.put("firstStockId", 100_000);
        values.put("taxRate", TAX_RATE);
        Map<String, Long> counts = inBulk(opened.tenant(), values);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Generated tenant {} ({}): {} in {} s", organization, shape.label(), counts, millis / 1000);
        return new Generated(opened.tenant(), opened.owner(), ownerEmail, counts, millis);
    }

    /**
     * Fresh planner statistics for the tables the script wrote: until autovacuum gets to them the planner knows
     * nothing of the new rows and may choose a plan fit for an empty table.
     */
    public void refreshStatistics() {
        try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : TABLES) sql.execute("analyze " + table);
            sql.execute("analyze search_entry");
        } catch (SQLException e) {
            throw new IllegalStateException("Analyzing the generated tables failed: " + e.getMessage(), e);
        }
    }

    private UserId person(String first, String last, String email, long group, Set<StoreId> stores) {
        return managingUsers.createWithPassword(new ManagingUsers.NewUser(first, last, email, null, Set.of(group), stores),
                PASSWORD);
    }

    private Map<String, Long> inBulk(TenantId tenant, Map<String, Object> values) {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                accounts(sql, tenant, values);
                BulkScript script = BulkScript.load("generator/tenant.sql", values);
                sql.execute("update store set tax_rate = " + TAX_RATE + " where tenant_id = " + tenant.value());
                suspendTriggers(sql, "disable");
                for (BulkScript.Step step : script.steps()) {
                    long t0 = System.nanoTime();
                    for (String statement : step.statements()) sql.execute(statement);
                    log.info("Generating tenant {}: {} done in {} ms", tenant.value(), step.name(),
                            (System.nanoTime() - t0) / 1_000_000);
                }
                Map<String, Long> counts = new GeneratedTenantInvariants(sql, tenant).checked();
                suspendTriggers(sql, "enable");
                connection.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating tenant " + tenant.value() + " failed: " + e.getMessage(), e);
        }
    }

    /** The system accounts the postings use, by key: {@code ${account_AR}} and so on. */
    private static void accounts(Statement sql, TenantId tenant, Map<String, Object> values) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select system_key, id from account where tenant_id = " + tenant.value()
                + " and system_key is not null")) {
            while (rows.next()) values.put("account_" + rows.getString(1), rows.getLong(2));
        }
    }

    private static void suspendTriggers(Statement sql, String how) throws SQLException {
        List<String> triggers = new java.util.ArrayList<>();
        for (String table : TABLES) {
            try (ResultSet rows = sql.executeQuery("select tgname from pg_trigger where not tgisinternal and tgrelid = '"
                    + table + "'::regclass")) {
                while (rows.next()) {
                    if (SUSPENDED_TRIGGERS.contains(rows.getString(1))) triggers.add(table + " " + how + " trigger " + rows.getString(1));
                }
            }
        }
        for (String trigger : triggers) sql.execute("alter table " + trigger);
    }
}
