package com.jeweltrak.sales.memos.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.idempotency.Idempotent;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.MemoSourcedLines;
import com.jeweltrak.sales.memos.ConvertingAMemo;
import com.jeweltrak.sales.memos.Memo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Convert to invoice over the API (02-sales §Memos R5, R7): memo lines and quantities (each at most its Out) → a new
 * invoice for the memo's customer, 201 with its Location under /api/v1/invoices. 404 for a memo not the caller's to see,
 * 409 for a voided memo, 422 when a quantity is more than is out.
 */
@RestController
@RequestMapping("/api/v1/memos")
@Tag(name = "Memos")
class MemoInvoicingApi {

    record InvoiceRequest(List<Line> lines) {
        record Line(Long memoLineId, String quantity) {
        }
    }

    /** The new invoice, its lines naming the memo lines they came from; money as strings. */
    record MemoInvoiceJson(long id, String invoiceNumber, long storeId, String status, Long customerId, String total,
                           List<LineJson> lines) {
        record LineJson(long id, Long memoLineId, String stockId, String description, String quantity, String unitPrice,
                        String adjustment, String net) {
        }
    }

    private final ConvertingAMemo converting;
    private final Invoices invoices;
    private final MemoSourcedLines memoSourced;
    private final MemoPage page;

    MemoInvoicingApi(ConvertingAMemo converting, Invoices invoices, MemoSourcedLines memoSourced, MemoPage page) {
        this.converting = converting;
        this.invoices = invoices;
        this.memoSourced = memoSourced;
        this.page = page;
    }

    @PostMapping("/{id}/invoice")
    @Idempotent
    @PreAuthorize("hasAuthority('Invoices.Create')")
    @Operation(summary = "Convert memo lines to a new invoice for the memo's customer: each quantity at most the line's Out "
            + "(R7); QtyInvoiced rises and the units leave On Memo at once; honours Idempotency-Key")
    ResponseEntity<MemoInvoiceJson> invoice(@PathVariable long id, @RequestBody InvoiceRequest r) {
        Memo memo = page.visible(id);
        List<ConvertingAMemo.Line> lines = r == null || r.lines() == null ? List.of() : r.lines().stream().map(l -> {
            if (l.memoLineId() == null) throw new BusinessRuleViolated("lines", "Name the memo line of each line to invoice.");
            return new ConvertingAMemo.Line(l.memoLineId(), MemoInput.decimal("quantity", l.quantity()));
        }).toList();
        InvoiceId invoice = converting.convert(memo.id(), lines);
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoice.value())).body(json(invoices.get(invoice)));
    }

    private MemoInvoiceJson json(Invoice i) {
        boolean adjustments = CurrentUser.get().map(me -> me.can(Permission.SHOW_ORDER_ITEM_DISCOUNT)).orElse(true);
        return new MemoInvoiceJson(i.id().value(), i.numberText(), i.store().value(), i.status().name(),
                i.customer() == null ? null : i.customer().value(), money(i.amounts().total()),
                i.lines().stream().map(l -> new MemoInvoiceJson.LineJson(l.id(), memoSourced.memoLineOf(l.id()).orElse(null),
                        l.stockId(), l.description(), l.quantity().stripTrailingZeros().toPlainString(),
                        money(l.unitPrice()), adjustments ? money(l.adjustment()) : null, money(l.net()))).toList());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
