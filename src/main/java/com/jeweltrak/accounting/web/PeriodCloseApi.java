package com.jeweltrak.accounting.web;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.accounting.ClosingThePeriod;
import com.jeweltrak.platform.tenancy.PeriodClose;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Period Close over the API (08-accounting §Period Close); admins only (R6). */
@RestController
@RequestMapping("/api/v1/period-close")
@Tag(name = "Period close", description = "Closed Through and its sanity check (08-accounting §Period Close)")
@PreAuthorize("hasAuthority('CanManageUsers')")
class PeriodCloseApi {

    record PeriodCloseJson(LocalDate closedThrough, List<PeriodClose.Check.Attention> attention) {
    }

    /** {@code closedThrough} null reopens everything; {@code acknowledged} confirms the sanity check's items (R5). */
    record PeriodCloseRequest(LocalDate closedThrough, Boolean acknowledged) {
    }

    private final ClosingThePeriod closing;

    PeriodCloseApi(ClosingThePeriod closing) {
        this.closing = closing;
    }

    @GetMapping
    @Operation(summary = "Closed Through and what needs attention in the closed period (needs CanManageUsers)")
    PeriodCloseJson get() {
        LocalDate current = closing.closedThrough();
        return new PeriodCloseJson(current, closing.sanityCheck(current));
    }

    @PutMapping
    @Operation(summary = "Set, move or clear Closed Through; refused with the sanity check's items unless acknowledged (needs CanManageUsers)")
    PeriodCloseJson put(@RequestBody PeriodCloseRequest request) {
        closing.moveClosedThrough(request.closedThrough(), Boolean.TRUE.equals(request.acknowledged()));
        return get();
    }
}
