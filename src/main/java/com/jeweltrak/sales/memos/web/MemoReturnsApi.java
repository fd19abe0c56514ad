package com.jeweltrak.sales.memos.web;

import com.jeweltrak.sales.memos.MemoReturn;
import com.jeweltrak.sales.memos.Memos;
import com.jeweltrak.sales.memos.UnwindingAMemoReturn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Memo return receipts over the API (02-sales §Reversing case 2): read one, remove a line returned by mistake, delete
 * the whole receipt (CanVoidMemoReturns). 422 naming the item when it was sold meanwhile (R7).
 */
@RestController
@RequestMapping("/api/v1/memo-returns")
@Tag(name = "Memo returns", description = "Memo return receipts and their reversal (02-sales §Reversing)")
class MemoReturnsApi {

    private final Memos memos;
    private final UnwindingAMemoReturn unwinding;
    private final MemoPage page;

    MemoReturnsApi(Memos memos, UnwindingAMemoReturn unwinding, MemoPage page) {
        this.memos = memos;
        this.unwinding = unwinding;
        this.page = page;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('MemoReturns.View')")
    @Operation(summary = "One memo return receipt with its lines; 404 when it is not the caller's to see")
    MemoJson.ReturnJson get(@PathVariable long id) {
        return MemoJson.ReturnJson.of(page.visibleReturn(id));
    }

    @DeleteMapping("/{id}/lines/{lineId}")
    @PreAuthorize(MemoReturnsController.UNWINDING)
    @Operation(summary = "Remove a line returned by mistake: QtyReturned falls, the units go In Stock → On Memo again; "
            + "422 naming the item when it is no longer in stock")
    MemoJson.ReturnJson removeLine(@PathVariable long id, @PathVariable long lineId) {
        MemoReturn receipt = page.visibleReturn(id);
        unwinding.removeLine(receipt.id(), lineId);
        return MemoJson.ReturnJson.of(memos.getReturn(receipt.id()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('CanVoidMemoReturns')")
    @Operation(summary = "Delete the whole receipt (needs CanVoidMemoReturns): every line is unwound as by removing it")
    ResponseEntity<Void> delete(@PathVariable long id) {
        MemoReturn receipt = page.visibleReturn(id);
        unwinding.delete(receipt.id());
        return ResponseEntity.noContent().build();
    }
}
