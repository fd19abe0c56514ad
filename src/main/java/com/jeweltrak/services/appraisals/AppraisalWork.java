package com.jeweltrak.services.appraisals;

import java.time.Clock;
import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What every appraisal use case needs besides its own rule: the store's today, who acts, the change event. */
@Component
class AppraisalWork {

    final Appraisals appraisals;
    private final Stores stores;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AppraisalWork(Appraisals appraisals, Stores stores, Clock clock, ApplicationEventPublisher events) {
        this.appraisals = appraisals;
        this.stores = stores;
        this.clock = clock;
        this.events = events;
    }

    /** The business date now, in the store's time zone (design §4). */
    LocalDate today(StoreId store) {
        return LocalDate.now(clock.withZone(stores.get(store).timeZone()));
    }

    Long actorId() {
        return TenantContext.current().map(TenantContext.Actor::user).map(UserId::value).orElse(null);
    }

    void changed(AppraisalId id) {
        events.publishEvent(new AppraisalChanged(id));
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
