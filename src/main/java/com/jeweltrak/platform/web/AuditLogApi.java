package com.jeweltrak.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.audit.AuditEntry;
import com.jeweltrak.platform.audit.AuditFilter;
import com.jeweltrak.platform.audit.FieldChange;
import com.jeweltrak.platform.audit.LaterEditsNeedConfirmation;
import com.jeweltrak.platform.audit.ReadingTheAuditLog;
import com.jeweltrak.platform.audit.RestoreRefused;
import com.jeweltrak.platform.audit.Restored;
import com.jeweltrak.platform.audit.RestoringAnEntry;
import com.jeweltrak.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Utilities → Audit Log as an API: the same filters, restore and refusals as the page (CanManageUsers, R1). */
@RestController
@RequestMapping("/api/v1/audit-log")
@PreAuthorize("hasAuthority('CanManageUsers')")
@Tag(name = "Audit log")
class AuditLogApi {

    record ChangeView(String field, String before, String after) {
    }

    record EntryView(long id, Instant occurredAt, Long userId, String user, String requestId, String recordType,
                     String recordTypeLabel, String recordId, String recordPage, String action, List<ChangeView> changes,
                     Long restoreOf, boolean restored) {
    }

    record RestoredRecordView(String recordType, String recordTypeLabel, String recordId, String recordPage) {
    }

    record RestoredView(long entryId, String action, String requestId, List<RestoredRecordView> records) {
    }

    private final ReadingTheAuditLog log;
    private final RestoringAnEntry restoring;

    AuditLogApi(ReadingTheAuditLog log, RestoringAnEntry restoring) {
        this.log = log;
        this.restoring = restoring;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first, paged; dates are read in the caller's current store's time zone")
    Paged<EntryView> list(@Parameter(description = "table name, e.g. app_user, store, permission_group") @RequestParam(required = false) String type,
                          @Parameter(description = "the record's id") @RequestParam(required = false) String record,
                          @Parameter(description = "the acting user's id") @RequestParam(required = false) Long user,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @Parameter(description = "INSERT, UPDATE or DELETE") @RequestParam(required = false) String action,
                          @Parameter(description = "matches record ids or field values") @RequestParam(required = false) String q,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        String knownAction = action == null || action.isBlank() ? null : AuditFilter.action(action)
                .orElseThrow(() -> new IllegalArgumentException("action must be INSERT, UPDATE or DELETE"));
        Paged<AuditEntry> found = log.find(new AuditFilter(type, record, user, from, to, knownAction, q,
                CurrentUser.get().map(CurrentUser::zone).orElse(null)), Paged.page(page), Paged.size(size, 50));
        return new Paged<>(found.content().stream().map(AuditLogApi::view).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/{entryId}")
    @Operation(summary = "One audit entry with the fields it changed")
    EntryView get(@PathVariable long entryId) {
        return view(log.get(entryId));
    }

    @PostMapping("/{entryId}/restore")
    @Operation(summary = "Restore a delete (rebuilds the record and the rows deleted with it) or an update (puts its fields back)",
            responses = {@ApiResponse(responseCode = "200", description = "restored; the restore is itself audited under requestId"),
                    @ApiResponse(responseCode = "409", description = "the record has moved on; for later edits of the same fields, "
                            + "'conflicts' lists them and confirm=true writes anyway"),
                    @ApiResponse(responseCode = "422", description = "a rule refuses the restore (unique value taken, last administrator, …)")})
    RestoredView restore(@PathVariable long entryId,
                         @Parameter(description = "write fields that later edits changed too (R9)") @RequestParam(defaultValue = "false") boolean confirm) {
        Restored restored = restoring.restore(entryId, confirm);
        return new RestoredView(restored.entryId(), restored.action(), restored.requestId(), restored.records().stream()
                .map(r -> new RestoredRecordView(r.table(), r.label(), r.rowId(), r.page())).toList());
    }

    @ExceptionHandler(RestoreRefused.class)
    ProblemDetail refused(RestoreRefused refused) {
        HttpStatus status = refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ApiErrors.problem(status, refused.conflict() ? "Conflict" : "Refused by a business rule",
                refused.getMessage());
        if (refused instanceof LaterEditsNeedConfirmation later) problem.setProperty("conflicts", later.conflicts());
        return problem;
    }

    private static EntryView view(AuditEntry e) {
        return new EntryView(e.id(), e.occurredAt(), e.userId(), e.who(), e.requestId(), e.table(), e.recordLabel(), e.rowId(),
                e.recordPage(), e.action(), e.changes().stream().map(AuditLogApi::view).toList(), e.restoreOf(), e.restored());
    }

    private static ChangeView view(FieldChange c) {
        return new ChangeView(c.field(), c.before(), c.after());
    }
}
