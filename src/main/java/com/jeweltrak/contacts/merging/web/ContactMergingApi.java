package com.jeweltrak.contacts.merging.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactBalanceContributor;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.merging.DismissingADuplicate;
import com.jeweltrak.contacts.merging.DuplicateCandidates;
import com.jeweltrak.contacts.merging.MergePreview;
import com.jeweltrak.contacts.merging.MergingContacts;
import com.jeweltrak.contacts.merging.PreviewingAMerge;
import com.jeweltrak.platform.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer Consolidation as an API (07-contacts §I Have Duplicate Customers): the same use cases and the
 * same permission as Utilities → Consolidate Customers (Contacts.Delete, see the page's controller for why).
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAuthority('Contacts.Delete')")
@Tag(name = "Contact consolidation")
class ContactMergingApi {

    record MergeRequest(@NotEmpty(message = "Name at least one contact to merge into this one.")
                        List<@NotNull Long> secondaries) {
    }

    record DismissRequest(@NotNull(message = "Name the first contact of the pair.") Long contactA,
                          @NotNull(message = "Name the second contact of the pair.") Long contactB) {
    }

    record ContactSummary(long id, String name, String email, String phone, List<String> roles) {
        static ContactSummary of(Contact c) {
            return new ContactSummary(c.id().value(), c.name().full(), c.reach().email(), c.reach().bestPhone(),
                    c.roles().stream().sorted().map(ContactRole::key).toList());
        }
    }

    record MergedView(@Schema(description = "the primary as it is after the merge") ContactSummary primary,
                      List<Long> merged,
                      @Schema(description = "records moved to the primary, per kind") Map<String, Long> moved) {
    }

    record MoveView(String label, long records) {
    }

    record BalanceView(String label, String primary, String secondaries, String after) {
        static BalanceView of(ContactBalanceContributor.BalanceLine b) {
            return new BalanceView(b.label(), money(b.primary()), money(b.secondaries()), money(b.after()));
        }
    }

    record PreviewView(ContactSummary primary, List<ContactSummary> secondaries, List<MoveView> moves,
                       List<String> rolesAfter, List<String> namesThatDisappear, List<BalanceView> balances) {
    }

    record CandidateView(ContactSummary contactA, ContactSummary contactB,
                         @Schema(description = "NAME_AND_PHONE and/or NAME_AND_EMAIL") List<String> basis) {
    }

    private final MergingContacts merging;
    private final PreviewingAMerge previewing;
    private final DuplicateCandidates candidates;
    private final DismissingADuplicate dismissing;

    ContactMergingApi(MergingContacts merging, PreviewingAMerge previewing, DuplicateCandidates candidates,
                      DismissingADuplicate dismissing) {
        this.merging = merging;
        this.previewing = previewing;
        this.candidates = candidates;
        this.dismissing = dismissing;
    }

    @PostMapping("/contacts/{id}/merge")
    @Operation(summary = "Merge the secondaries into this contact (the primary): their records move to it, they are marked merged",
            responses = {@ApiResponse(responseCode = "200", description = "the primary after the merge"),
                    @ApiResponse(responseCode = "404", description = "an unknown contact"),
                    @ApiResponse(responseCode = "422", description = "merging into itself, or a contact already merged")})
    MergedView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        MergingContacts.Merged merged = merging.merge(new ContactId(id), ids(request.secondaries()));
        return new MergedView(ContactSummary.of(merged.primary()),
                merged.secondaries().stream().map(c -> c.id().value()).toList(), merged.moved());
    }

    @PostMapping("/contacts/{id}/merge-preview")
    @Operation(summary = "What merging the secondaries into this contact would move, the roles after, the names that disappear",
            responses = {@ApiResponse(responseCode = "404", description = "an unknown contact"),
                    @ApiResponse(responseCode = "422", description = "merging into itself, or a contact already merged")})
    PreviewView preview(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        MergePreview p = previewing.preview(new ContactId(id), ids(request.secondaries()));
        return new PreviewView(ContactSummary.of(p.primary()), p.secondaries().stream().map(ContactSummary::of).toList(),
                p.moves().stream().map(m -> new MoveView(m.label(), m.rows())).toList(),
                p.rolesAfterSorted().stream().map(ContactRole::key).toList(), p.namesThatDisappear(),
                p.balances().stream().map(BalanceView::of).toList());
    }

    @GetMapping("/contact-duplicates")
    @Operation(summary = "Likely duplicates: pairs with the same name and a shared phone or e-mail, dismissed pairs left out")
    Paged<CandidateView> duplicates(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paged<DuplicateCandidates.Candidate> found = candidates.page(Paged.page(page), Paged.size(size, 25));
        return new Paged<>(found.content().stream().map(c -> new CandidateView(ContactSummary.of(c.first()),
                        ContactSummary.of(c.second()), c.basis().stream().sorted().map(Enum::name).toList())).toList(),
                found.page(), found.size(), found.totalElements());
    }

    @PostMapping("/contact-duplicates/dismiss")
    @Operation(summary = "Dismiss a pair: it is never proposed again",
            responses = {@ApiResponse(responseCode = "204", description = "dismissed (also when it already was)"),
                    @ApiResponse(responseCode = "404", description = "an unknown contact")})
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void dismiss(@Valid @RequestBody DismissRequest request) {
        dismissing.dismiss(new ContactId(request.contactA()), new ContactId(request.contactB()));
    }

    private static List<ContactId> ids(List<Long> ids) {
        return ids.stream().map(ContactId::new).toList();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
