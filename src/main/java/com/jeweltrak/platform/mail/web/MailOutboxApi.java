package com.jeweltrak.platform.mail.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.mail.MailStatus;
import com.jeweltrak.platform.mail.OutboxEntries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Mail Outbox over the API: the same list and "Retry now" as the page, for tenant admins. */
@RestController
@RequestMapping("/api/v1/mail-outbox")
@PreAuthorize("hasAuthority('CanManageUsers')")
@Tag(name = "Mail outbox", description = "Mail queued, sent and failed (platform mail outbox)")
class MailOutboxApi {

    record MailJson(long id, String toAddress, String toName, String subject, String kind, MailStatus status,
                    int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
        static MailJson of(OutboxEntries.Entry e) {
            return new MailJson(e.id(), e.toAddress(), e.toName(), e.subject(), e.kind(), e.status(), e.attempts(),
                    e.status() == MailStatus.QUEUED ? e.nextAttemptAt() : null, e.lastError(), e.createdAt(), e.sentAt());
        }
    }

    record RetryRequest(@NotNull @Size(min = 1, max = 500) Set<Long> ids) {
    }

    record RetryJson(int queued) {
    }

    private final OutboxEntries outbox;

    MailOutboxApi(OutboxEntries outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @Operation(summary = "The outbox, newest first, optionally only one status (QUEUED, SENT, FAILED)")
    Paged<MailJson> list(@RequestParam(required = false) MailStatus status, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size) {
        List<String> conditions = status == null ? List.of() : List.of("status = '" + status.name() + "'");
        var found = outbox.page(new ListQuery(null, conditions, OutboxEntries.DEFAULT_ORDER + ", id desc",
                Paged.page(page), Paged.size(size, 25)));
        return new Paged<>(found.content().stream().map(MailJson::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @PostMapping("/retry")
    @Operation(summary = "Queue the given FAILED mails again for one more attempt; answers how many were queued")
    RetryJson retry(@Valid @RequestBody RetryRequest request) {
        return new RetryJson(outbox.retryNow(request.ids()));
    }
}
