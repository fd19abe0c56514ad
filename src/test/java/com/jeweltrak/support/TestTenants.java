package com.jeweltrak.support;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jeweltrak.platform.security.SignedInUser;
import com.jeweltrak.platform.tenancy.OpeningTenant;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.ManagingUsers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Makes a fresh tenant for a test class, with an owner and, on request, more staff. */
@Component
public class TestTenants {

    public static final String PASSWORD = "correct-horse-battery";

    private final OpeningTenant openingTenant;
    private final ManagingUsers managingUsers;
    private final Stores stores;
    private final TransactionTemplate transactions;

    TestTenants(OpeningTenant openingTenant, ManagingUsers managingUsers, Stores stores, TransactionTemplate transactions) {
        this.openingTenant = openingTenant;
        this.managingUsers = managingUsers;
        this.stores = stores;
        this.transactions = transactions;
    }

    public record Person(TenantId tenant, UserId id, String email) {
        /** Signs MockMvc requests in as this person, as a session would after the sign-in form. */
        public RequestPostProcessor signedIn() {
            return authentication(new UsernamePasswordAuthenticationToken(
                    new SignedInUser(tenant.value(), id.value(), email), null, List.of()));
        }
    }

    public record Tenant(TenantId id, StoreId store, Person owner, OpeningTenant.Opened opened) {
        public long group(String name) {
            return opened.groups().get(name);
        }
    }

    public Tenant open(String label) {
        String unique = label + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "owner-" + unique + "@test.example";
        var opened = openingTenant.open(new OpeningTenant.Request("Org " + unique, "Store " + unique,
                ZoneId.of("America/New_York"), "Owner", unique, email, PASSWORD));
        return new Tenant(opened.tenant(), opened.store(), new Person(opened.tenant(), opened.owner(), email), opened);
    }

    /** Adds a person in the given groups with access to the given stores (the tenant's first store if none). */
    public Person addPerson(Tenant tenant, String firstName, Set<Long> groups, Set<StoreId> stores) {
        String email = firstName.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        UserId id = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> managingUsers.createWithPassword(
                new ManagingUsers.NewUser(firstName, "Tester", email, null, groups,
                        stores.isEmpty() ? Set.of(tenant.store()) : stores), PASSWORD));
        return new Person(tenant.id(), id, email);
    }

    /** Opens another store in the tenant (in the tenant's time zone); nobody has access to it until given. */
    public StoreId addStore(Tenant tenant, String name) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status ->
                stores.add(Store.opened(name, ZoneId.of("America/New_York")))));
    }
}
