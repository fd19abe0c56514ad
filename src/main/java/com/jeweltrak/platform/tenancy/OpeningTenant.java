package com.jeweltrak.platform.tenancy;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.PermissionGroup;
import com.jeweltrak.platform.users.PermissionGroups;
import com.jeweltrak.platform.users.PasswordPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new business comes aboard: its organization, first store, the built-in groups and the owner's
 * account in the Admin group; then {@link TenantOpened} lets feature modules add their starting data. Used by the public sign-up page, the operator API, demo data and tests.
 */
@Service
public class OpeningTenant {

    public record Request(String organizationName, String storeName, ZoneId timeZone, String ownerFirstName,
                          String ownerLastName, String ownerEmail, String ownerPassword) {
    }

    public record Opened(TenantId tenant, StoreId store, UserId owner, Map<String, Long> groups) {
    }

    private final Organizations organizations;
    private final Stores stores;
    private final PermissionGroups groups;
    private final ManagingUsers managingUsers;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    OpeningTenant(Organizations organizations, Stores stores, PermissionGroups groups, ManagingUsers managingUsers,
                  TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.stores = stores;
        this.groups = groups;
        this.managingUsers = managingUsers;
        this.transactions = transactions;
        this.events = events;
    }

    public Opened open(Request request) {
        managingUsers.requireEmailFreeEverywhere(request.ownerEmail());
        PasswordPolicy.check("ownerPassword", request.ownerPassword());
        TenantId tenant = transactions.execute(status -> organizations.nextId());
        return TenantContext.callAs(tenant, null, () -> transactions.execute(status -> {
            organizations.insert(tenant, request.organizationName());
            StoreId store = stores.add(Store.opened(request.storeName(), request.timeZone()));
            Map<String, Long> groupIds = new java.util.LinkedHashMap<>();
            BuiltInGroups.grants().forEach((name, grants) -> groupIds.put(name,
                    groups.add(new PermissionGroup(null, name, BuiltInGroups.description(name), true, grants))));
            UserId owner = managingUsers.createWithPassword(new ManagingUsers.NewUser(request.ownerFirstName(),
                    request.ownerLastName(), request.ownerEmail(), null, Set.of(groupIds.get(PermissionGroup.ADMIN)),
                    Set.of(store)), request.ownerPassword());
            // feature modules seed the tenant's starting data here, in this transaction (e.g. the standard job templates)
            events.publishEvent(new TenantOpened(tenant, store, owner));
            return new Opened(tenant, store, owner, groupIds);
        }));
    }
}
