package com.jeweltrak.platform.demo;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.tenancy.OpeningTenant;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Demo Jewelers": two stores and three people (owner, manager, sales), then every module's own
 * demo records. Made only on an empty database.
 */
@Component
public class DemoData {

    public static final String ORGANIZATION = "Demo Jewelers";
    public static final String PASSWORD = "jeweltrak-demo";
    public static final String OWNER = "owner@demo.test";
    public static final String MANAGER = "manager@demo.test";
    public static final String SALES = "sales@demo.test";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OpeningTenant openingTenant;
    private final ManagingUsers managingUsers;
    private final Stores stores;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final List<DemoDataContributor> contributors;

    DemoData(OpeningTenant openingTenant, ManagingUsers managingUsers, Stores stores, JdbcClient jdbc,
             TransactionTemplate transactions, List<DemoDataContributor> contributors) {
        this.openingTenant = openingTenant;
        this.managingUsers = managingUsers;
        this.stores = stores;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.contributors = contributors;
    }

    /**
     * True when no organization was ever created. Row-level security hides every tenant row from
     * here, but the tenant id sequence tells whether one was ever drawn.
     */
    public boolean databaseIsEmpty() {
        return !jdbc.sql("select is_called from tenant_id_seq").query(Boolean.class).single();
    }

    public DemoTenant create(DemoSize size) {
        var opened = openingTenant.open(new OpeningTenant.Request(ORGANIZATION, "Main Street",
                ZoneId.of("America/New_York"), "Olivia", "Owner", OWNER, PASSWORD));
        return TenantContext.callAs(opened.tenant(), opened.owner(), () -> transactions.execute(status -> {
            Store main = stores.get(opened.store());
            stores.update(new Store(main.id(), main.name(),
                    new Store.Address("120 Main Street", "Springfield", "IL", "62701", "US"), "(217) 555-0140",
                    "main@demo.test", main.timeZone(), "IL-ST-0042", "All sales final on special orders.",
                    new Store.TaxSetup(new BigDecimal("0.0625"), new BigDecimal("0.0100"), new BigDecimal("5000")), 'J',
                    new Store.DisplayFlags(true, false, true), true));
            StoreId mall = stores.add(new Store(null, "Oak Mall", new Store.Address("8 Oak Mall Drive", "Springfield",
                    "IL", "62704", "US"), "(217) 555-0188", "mall@demo.test", ZoneId.of("America/Chicago"), "IL-ST-0042",
                    null, new Store.TaxSetup(new BigDecimal("0.0625"), BigDecimal.ZERO, null), 'W',
                    Store.DisplayFlags.NONE, true));
            managingUsers.changeAccess(opened.owner(), Set.of(opened.groups().get("Admin")), Set.of(opened.store(), mall));
            Map<String, UserId> users = new LinkedHashMap<>();
            users.put(OWNER, opened.owner());
            users.put(MANAGER, managingUsers.createWithPassword(new ManagingUsers.NewUser("Marcus", "Manager", MANAGER,
                    "(217) 555-0101", Set.of(opened.groups().get(BuiltInGroups.MANAGER)), Set.of(opened.store(), mall)),
                    PASSWORD));
            users.put(SALES, managingUsers.createWithPassword(new ManagingUsers.NewUser("Sofia", "Sales", SALES,
                    null, Set.of(opened.groups().get(BuiltInGroups.SALES)), Set.of(opened.store())), PASSWORD));
            DemoTenant demo = new DemoTenant(opened.tenant(), List.of(opened.store(), mall), users);
            contributors.stream().sorted(java.util.Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.contribute(demo, size));
            log.info("Demo data created: {} with {} stores and {} users", ORGANIZATION, 2, users.size());
            return demo;
        }));
    }
}
