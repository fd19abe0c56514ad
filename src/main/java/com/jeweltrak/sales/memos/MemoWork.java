package com.jeweltrak.sales.memos;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What every memo use case needs besides its own rule: the store's today, who acts, and a permission check. */
@Component
class MemoWork {

    final Memos memos;
    private final Stores stores;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    MemoWork(Memos memos, Stores stores, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.memos = memos;
        this.stores = stores;
        this.clock = clock;
    }

    /** The business date now, in the store's time zone (design §4). */
    LocalDate today(StoreId store) {
        return LocalDate.now(clock.withZone(stores.get(store).timeZone()));
    }

    Instant now() {
        return Instant.now(clock);
    }

    Long actorId() {
        return TenantContext.current().map(TenantContext.Actor::user).map(UserId::value).orElse(null);
    }

    /** A permission the signed-in person must hold; background (system) work has no signed-in person and is trusted. */
    void require(String permission) {
        CurrentUser.get().filter(me -> !me.can(permission)).ifPresent(me -> {
            throw new AccessDeniedException(permission);
        });
    }

    /** Tells whoever shows the memo (the search entry) in this transaction. */
    void changed(MemoId memo) {
        events.publishEvent(new MemoChanged(memo));
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
