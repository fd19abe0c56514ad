package com.jeweltrak.contacts.greetings.web;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.greetings.GreetingKind;
import com.jeweltrak.contacts.greetings.SentGreetings;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.mail.MailStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The greetings a contact was sent, over the API. */
@RestController
@Tag(name = "Greetings")
class ContactGreetingsApi {

    record SentGreetingJson(GreetingKind kind, int year, LocalDate sentOn, MailStatus mailStatus) {
    }

    private final SentGreetings sent;

    ContactGreetingsApi(SentGreetings sent) {
        this.sent = sent;
    }

    @GetMapping("/api/v1/contacts/{id}/greetings")
    @PreAuthorize("hasAuthority('Contacts.View')")
    @Operation(summary = "Birthday and anniversary greetings sent to a contact, newest first, with the mail's status")
    Paged<SentGreetingJson> list(@PathVariable long id, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        List<SentGreetingJson> all = sent.of(id).stream()
                .map(s -> new SentGreetingJson(s.kind(), s.year(), s.sentOn(), s.mailStatus())).toList();
        int p = Paged.page(page);
        int n = Paged.size(size, 25);
        int from = (int) Math.min((long) p * n, all.size());
        return new Paged<>(all.subList(from, Math.min(from + n, all.size())), p, n, all.size());
    }
}
