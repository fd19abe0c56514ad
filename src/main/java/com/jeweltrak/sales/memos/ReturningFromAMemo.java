package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.numbering.NumberSequences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A memo return receipt (02-sales §Memos R6, R7): lines and quantities of ONE memo that came back, each at most what is
 * out on its line. On save QtyReturned rises and each item's units go On Memo → In Stock (MEMO_RETURN). Numbered in the
 * store's own memo-return sequence (decision 12).
 */
@Component
public class ReturningFromAMemo {

    public record Line(long memoLine, BigDecimal quantity) {
    }

    public record Request(LocalDate date, String notes, List<Line> lines) {
    }

    private final MemoWork work;
    private final StockLedger ledger;
    private final NumberSequences numbers;
    private final JdbcClient jdbc;

    ReturningFromAMemo(MemoWork work, StockLedger ledger, NumberSequences numbers, JdbcClient jdbc) {
        this.work = work;
        this.ledger = ledger;
        this.numbers = numbers;
        this.jdbc = jdbc;
    }

    @Transactional
    public MemoReturnId receive(MemoId id, Request request) {
        Memo memo = work.memos.lock(id);
        memo.checkNotVoided();
        List<Line> lines = request.lines() == null ? List.of()
                : request.lines().stream().filter(l -> l.quantity() != null && l.quantity().signum() != 0).toList();
        if (lines.isEmpty()) throw new BusinessRuleViolated("lines", "Enter the quantity that came back on at least one line.");
        Set<Long> seen = new HashSet<>();
        for (Line line : lines) {
            if (!seen.add(line.memoLine())) throw new BusinessRuleViolated("lines", "Each memo line once per receipt.");
            memo.checkReturnable(memo.line(line.memoLine()), line.quantity());
        }
        LocalDate date = request.date() == null ? work.today(memo.store()) : request.date();
        if (date.isBefore(memo.date())) throw new BusinessRuleViolated("date", "The return cannot be dated before the memo.");
        long number = numbers.next("memo-return:" + memo.store().value(), 0);
        long receipt = jdbc.sql("""
                        insert into memo_return (tenant_id, store_id, number, memo_id, return_date, notes, created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?) returning id""")
                .params(memo.store().value(), number, id.value(), date, MemoWork.blank(request.notes()), work.actorId())
                .query(Long.class).single();
        for (Line line : lines) {
            MemoLine memoLine = memo.line(line.memoLine());
            jdbc.sql("""
                            insert into memo_return_line (tenant_id, memo_return_id, memo_line_id, quantity)
                            values (jt_current_tenant(), ?, ?, ?)""")
                    .params(receipt, memoLine.id(), line.quantity()).update();
            work.memos.addReturned(memoLine.id(), line.quantity());
            if (!memoLine.misc()) {
                ledger.record(memoLine.item(), new StockLedger.Movement(MovementKind.MEMO_RETURN, line.quantity(),
                        line.quantity().negate(), null, "Back from memo " + memo.numberText() + " (return " + number + ")",
                        "MEMO_RETURN", receipt));
            }
        }
        work.changed(id);
        return new MemoReturnId(receipt);
    }
}
