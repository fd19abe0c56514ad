package com.jeweltrak.partnerships;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What every partnership use case needs besides its own rule: the store's today, who acts, permissions, events. */
@Component
class PartnershipWork {

    final Partnerships partnerships;
    private final Stores stores;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PartnershipWork(Partnerships partnerships, Stores stores, Clock clock, ApplicationEventPublisher events) {
        this.partnerships = partnerships;
        this.stores = stores;
        this.clock = clock;
        this.events = events;
    }

    LocalDate today(StoreId store) {
        return LocalDate.now(clock.withZone(stores.get(store).timeZone()));
    }

    Instant now() {
        return Instant.now(clock);
    }

    UserId actor() {
        return TenantContext.current().map(TenantContext.Actor::user).orElse(null);
    }

    Long actorId() {
        UserId actor = actor();
        return actor == null ? null : actor.value();
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

    /** The item family's permission: jewelry is Inventory.*, watches Watches.* … */
    void requireOnItem(Item item, String action) {
        require(item.family().permission(action));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
