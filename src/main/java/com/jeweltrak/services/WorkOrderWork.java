package com.jeweltrak.services;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.Users;
import org.springframework.stereotype.Component;

/** What the work-order use cases share: the header's rules, the parties' roles, the clock and who acts. */
@Component
class WorkOrderWork {

    final WorkOrders workOrders;
    private final ContactRoles roles;
    private final Stores stores;
    private final Users users;
    private final Clock clock;

    WorkOrderWork(WorkOrders workOrders, ContactRoles roles, Stores stores, Users users, Clock clock) {
        this.workOrders = workOrders;
        this.roles = roles;
        this.stores = stores;
        this.users = users;
        this.clock = clock;
    }

    /** §0, §15 R1: the header's own rules; the customer becomes a Customer, the vendor a Vendor (07-contacts roles). */
    void check(WorkOrderDetails details) {
        if (details.orderType() == null) throw new BusinessRuleViolated("orderType", "Choose the kind of job.");
        if (details.stockType() != null && !details.stockType().matches("[JWS]")) {
            throw new BusinessRuleViolated("stockType", "The stock type is J (jewelry), W (watch) or S (loose stone).");
        }
        // §11: a stone service (stock type S, no customer) works on the store's own loose stone
        boolean storeStone = details.orderType() == OrderType.REPAIR && "S".equals(details.stockType()) && details.customer() == null
                && details.vendor() != null;
        if (details.orderType().needsCustomer() && details.customer() == null && !storeStone) {
            throw new BusinessRuleViolated("customerId", "A " + details.orderType().label().toLowerCase() + " is for a customer: choose one.");
        }
        if (details.orderType() == OrderType.REPAIR && blank(details.description()) == null) {
            throw new BusinessRuleViolated("description", "Describe the repair.");
        }
        if (details.unitPrice() != null && details.unitPrice().signum() < 0) {
            throw new BusinessRuleViolated("unitPrice", "The price cannot be negative.");
        }
        if (details.priceQuoted() != null && details.priceQuoted().signum() < 0) {
            throw new BusinessRuleViolated("priceQuoted", "The quote cannot be negative.");
        }
        if (details.promisedDate() != null && details.intakeDate() != null && details.promisedDate().isBefore(details.intakeDate())) {
            throw new BusinessRuleViolated("promisedDate", "The promised date cannot be before the intake date.");
        }
        if (details.salesperson() != null && users.find(details.salesperson()).isEmpty()) {
            throw new BusinessRuleViolated("salespersonId", "There is no such salesperson.");
        }
        if (details.customer() != null) ensure(details.customer(), ContactRole.CUSTOMER, "customerId", "There is no such customer.");
        if (details.vendor() != null) ensure(details.vendor(), ContactRole.VENDOR, "vendorId", "There is no such vendor.");
    }

    void ensure(ContactId contact, ContactRole role, String field, String message) {
        try {
            roles.ensure(contact, role);
        } catch (RecordNotFound e) {
            throw new BusinessRuleViolated(field, message);
        }
    }

    /** The business date now, in the store's time zone (design §4). */
    LocalDate today(StoreId store) {
        return LocalDate.now(clock.withZone(stores.get(store).timeZone()));
    }

    Instant now() {
        return Instant.now(clock);
    }

    UserId actor() {
        return TenantContext.current().map(TenantContext.Actor::user).orElse(null);
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
