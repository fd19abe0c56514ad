package com.jeweltrak.platform.mail.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.mail.OutboxEntries;
import com.jeweltrak.platform.mail.OutboxEntries.Entry;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Utilities → Mail Outbox as the list component shows it: what was queued, whether it went out, and why not. */
@Configuration(proxyBeanMethods = false)
class MailOutboxList {

    static final String KEY = "utilities.mail-outbox";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Bean
    ListDefinition<Entry> mailOutboxListDefinition(OutboxEntries outbox) {
        return ListDefinition.builder(KEY, Entry.class)
                .title("Mail Outbox")
                .pageUrl("/utilities/mail-outbox")
                .permission(Permission.CAN_MANAGE_USERS)
                .domIds("mailOutboxResults", "mailOutboxTable")
                .column(Column.<Entry>of("createdAt", "Queued", e -> when(e.createdAt())).sortedBy("created_at"))
                .column(Column.<Entry>of("to", "To", MailOutboxList::recipient).sortedBy("lower(to_address)"))
                .column(Column.<Entry>of("subject", "Subject", Entry::subject).identifying().sortedBy("lower(subject)"))
                .column(Column.<Entry>of("kind", "Kind", Entry::kind).sortedBy("kind"))
                .column(Column.<Entry>of("status", "Status", Entry::status).sortedBy("status")
                        .badge(e -> switch (e.status()) {
                            case SENT -> "text-bg-success";
                            case QUEUED -> "text-bg-secondary";
                            case FAILED -> "text-bg-danger";
                        }))
                .column(Column.<Entry>of("attempts", "Attempts", Entry::attempts).sortedBy("attempts").right())
                .column(Column.<Entry>of("nextAttemptAt", "Next attempt",
                        e -> e.status() == com.jeweltrak.platform.mail.MailStatus.QUEUED ? when(e.nextAttemptAt()) : null)
                        .sortedBy("next_attempt_at").hiddenByDefault())
                .column(Column.<Entry>of("sentAt", "Sent", e -> when(e.sentAt())).sortedBy("sent_at"))
                .column(Column.<Entry>of("lastError", "Last error", Entry::lastError))
                .filter(ListFilter.of("status", "Status", "Any status",
                        new ListFilter.Option("queued", "Queued", "status = 'QUEUED'"),
                        new ListFilter.Option("sent", "Sent", "status = 'SENT'"),
                        new ListFilter.Option("failed", "Failed", "status = 'FAILED'")))
                .defaultOrder(OutboxEntries.DEFAULT_ORDER)
                .id("id", Entry::id)
                .source(new ListSource<>() {
                    @Override
                    public Paged<Entry> page(ListQuery query) {
                        return outbox.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super Entry> row) {
                        outbox.each(query, row);
                    }
                })
                .build();
    }

    private static String recipient(Entry e) {
        return e.toName() == null || e.toName().isBlank() ? e.toAddress() : e.toName() + " <" + e.toAddress() + ">";
    }

    /** In the signed-in user's store's time zone, as the rest of the pages show times. */
    private static String when(Instant instant) {
        if (instant == null) return null;
        ZoneId zone = CurrentUser.get().map(CurrentUser::zone).orElse(ZoneId.of("UTC"));
        return WHEN.format(instant.atZone(zone));
    }
}
