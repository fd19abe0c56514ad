package com.jeweltrak.accounting.web;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.accounting.Receivables;
import com.jeweltrak.contacts.ContactFigures;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A customer's open AR balance for the contact page (09-reports §3 R5): the one AR figure ({@link Receivables#of}), as of
 * today, linking to their AR page. For those who may see AR (ShowReports).
 */
@Component
class ArContactFigures implements ContactFigures {

    private final Receivables receivables;
    private final Clock clock;

    ArContactFigures(Receivables receivables, Clock clock) {
        this.receivables = receivables;
        this.clock = clock;
    }

    @Override
    public List<Figure> of(ContactId contact) {
        CurrentUser me = CurrentUser.get().orElse(null);
        if (me == null || !me.can("ShowReports")) return List.of();
        var ar = receivables.of(contact, LocalDate.now(clock.withZone(me.zone())));
        DecimalFormat format = new DecimalFormat("$#,##0.00;-$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return List.of(new Figure("Open AR balance", format.format(ar.balance()), "/accounting/receivables/" + contact.value()));
    }
}
