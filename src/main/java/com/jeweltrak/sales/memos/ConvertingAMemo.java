package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.MemoSourcedLines;
import com.jeweltrak.sales.OpeningAnInvoice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convert to invoice (02-sales §Memos R5, R7): selected lines and quantities of ONE memo, each at most what is out on
 * its line, go onto a NEW invoice for the memo's customer in the memo's store (a new one rather than an Open one of the
 * customer's: what the memo sold stays together and nothing already started is changed by surprise). Each invoice line
 * names its memo line and carries the memo's price and its Adjustment pro-rated; QtyInvoiced rises and the units leave
 * On Memo at once (see {@link MemoSourcedLines}); finalize then posts COGS as for any item line.
 */
@Component
public class ConvertingAMemo {

    public record Line(long memoLine, BigDecimal quantity) {
    }

    private final MemoWork work;
    private final OpeningAnInvoice opening;
    private final MemoSourcedLines invoiceLines;

    ConvertingAMemo(MemoWork work, OpeningAnInvoice opening, MemoSourcedLines invoiceLines) {
        this.work = work;
        this.opening = opening;
        this.invoiceLines = invoiceLines;
    }

    @Transactional
    public InvoiceId convert(MemoId id, List<Line> requested) {
        Memo memo = work.memos.lock(id);
        memo.checkNotVoided();
        List<Line> lines = requested == null ? List.of()
                : requested.stream().filter(l -> l.quantity() != null && l.quantity().signum() != 0).toList();
        if (lines.isEmpty()) throw new BusinessRuleViolated("lines", "Enter the quantity to invoice on at least one line.");
        Set<Long> seen = new HashSet<>();
        for (Line line : lines) {
            if (!seen.add(line.memoLine())) throw new BusinessRuleViolated("lines", "Each memo line once per invoice.");
            memo.checkInvoiceable(memo.line(line.memoLine()), line.quantity());
        }
        InvoiceId invoice = opening.open(new OpeningAnInvoice.Request(memo.store(), memo.customer(), null, null,
                "Memo " + memo.numberText(), null, null, null, false));
        for (Line line : lines) {
            MemoLine memoLine = memo.line(line.memoLine());
            invoiceLines.add(invoice, new MemoSourcedLines.FromMemo(id.value(), memo.numberText(), memoLine.id(),
                    memoLine.item(), memoLine.description(), line.quantity(), memoLine.unitPrice(),
                    memoLine.adjustmentFor(line.quantity())));
        }
        work.changed(id);
        return invoice;
    }
}
