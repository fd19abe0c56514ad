package com.jeweltrak.sales;

import java.time.Clock;
import java.time.LocalDate;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every invoice use case needs besides its own rule: the invoice locked and checked against the closed period,
 * the store's today, who acts, and the event publisher (events go out in the use case's transaction, design §3).
 */
@Component
class InvoiceWork {

    final Invoices invoices;
    private final Organizations organizations;
    private final Stores stores;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final com.jeweltrak.platform.users.Users users;

    InvoiceWork(Invoices invoices, Organizations organizations, Stores stores, Clock clock, ApplicationEventPublisher events,
                com.jeweltrak.platform.users.Users users) {
        this.users = users;
        this.invoices = invoices;
        this.organizations = organizations;
        this.stores = stores;
        this.clock = clock;
        this.events = events;
    }

    /** The invoice locked for this transaction, refused when it lies in the closed period (Period Close R1, R13). */
    Invoice lockInOpenPeriod(InvoiceId id) {
        Invoice invoice = invoices.lock(id);
        invoice.checkOpenPeriod(organizations.get());
        return invoice;
    }

    void checkOpenPeriod(LocalDate date) {
        var organization = organizations.get();
        if (organization.isClosed(date)) throw new InvoiceInClosedPeriod(date, organization.closedThrough());
    }

    /** The business date now, in the store's time zone (design §4). */
    LocalDate today(StoreId store) {
        return LocalDate.now(clock.withZone(stores.get(store).timeZone()));
    }

    /** When something happens (finalized, voided, paid): the one clock, so these instants compare with each other. */
    java.time.Instant now() {
        return java.time.Instant.now(clock);
    }

    TenantId tenant() {
        return TenantContext.requireTenant();
    }

    UserId actor() {
        return TenantContext.current().map(TenantContext.Actor::user).orElse(null);
    }

    /** A permission the signed-in person must hold; background (system) work has no signed-in person and is trusted. */
    void require(String permission) {
        CurrentUser.get().filter(me -> !me.can(permission)).ifPresent(me -> {
            throw new AccessDeniedException(permission);
        });
    }

    boolean may(String permission) {
        return CurrentUser.get().map(me -> me.can(permission)).orElse(true);
    }

    /** Who may discount a line or change its price (02-sales §Adjustment R4–R6), for the signed-in user. */
    AdjustmentPolicy adjustmentPolicy() {
        return new AdjustmentPolicy(may(Permission.SHOW_ORDER_ITEM_DISCOUNT), may(Permission.CAN_OVERRIDE_PRICE));
    }

    /** A salesperson is one of the tenant's users (else 422, never a foreign-key error). */
    void checkSalesperson(UserId salesperson) {
        if (salesperson != null && users.find(salesperson).isEmpty()) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("salespersonId", "There is no such salesperson.");
        }
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    /**
     * After a use case changed an invoice's lines or anything its figures depend on (customer → exemption, freight, out
     * of state): its stored Subtotal, Tax and Total — and, while Finalized, its AR figures — made current again, in the
     * use case's transaction. The sales reports read these columns (09-reports §4 R2, C3), so every such use case ends
     * here (or in {@link #followBalance}, which does the same), whatever the invoice's status.
     */
    void keepFigures(InvoiceId id) {
        invoices.keepFigures(invoices.get(id));
    }

    /**
     * After a use case changed what an invoice owes: {@link InvoicePaidInFull} when the finalized invoice's balance has
     * just reached exactly 0.00 (it was not finalized, or not at 0.00, before), {@link InvoiceNoLongerPaidInFull} when a
     * finalized invoice at 0.00 no longer is. {@code before} is the invoice as the use case found it. It also keeps the
     * invoice's AR figures ({@code ar_total}, {@code ar_balance}) in step: every use case that changes what a finalized
     * invoice owes, or whether it is finalized, ends here.
     */
    void followBalance(Invoice before) {
        Invoice after = invoices.get(before.id());
        invoices.keepFigures(after);
        if (after.status() != InvoiceStatus.FINALIZED) return;
        // a write-off brings the balance to 0.00 without paying it (08 §Writing Off Invoices): see Invoice#paidInFull
        boolean was = before.paidInFull();
        boolean is = after.paidInFull();
        if (!was && is) publish(new InvoicePaidInFull(tenant(), after.id(), today(after.store())));
        else if (was && !is) publish(new InvoiceNoLongerPaidInFull(tenant(), after.id(), today(after.store())));
    }
}
