package com.jeweltrak.contacts.certificates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Today's date as the store reads its calendar (design §4: business dates in the store's time zone):
 * a certificate expiring on the 30th still counts at 11 pm on the 30th in Denver, whatever UTC says.
 */
@Component
public class BusinessToday {

    private final Clock clock;

    BusinessToday(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return CurrentUser.get().map(CurrentUser::zone).orElse(ZoneOffset.UTC);
    }
}
