package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;

/** A memo return receipt (02-sales §Memos R6): the lines and quantities of one memo that came back. */
public record MemoReturn(MemoReturnId id, StoreId store, long number, MemoId memo, long memoNumber, LocalDate date,
                         String notes, List<Line> lines) {

    /** One returned quantity of a memo line. */
    public record Line(long id, long memoLine, String stockId, String description, BigDecimal quantity) {
        public String label() {
            return stockId != null ? "StockID " + stockId : description;
        }
    }

    public MemoReturn {
        lines = List.copyOf(lines);
    }

    public String numberText() {
        return Long.toString(number);
    }

    public Line line(long lineId) {
        return lines.stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Memo return line", lineId));
    }
}
