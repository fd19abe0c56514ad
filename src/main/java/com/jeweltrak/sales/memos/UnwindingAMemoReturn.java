package com.jeweltrak.sales.memos;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reversing a memo return, case 2 (02-sales §Reversing R3, R4, R5, R7): a receipt line removed — or the whole receipt
 * deleted (CanVoidMemoReturns) — lowers the memo line's QtyReturned, so its status and the memo's pill recompute, and
 * moves the units In Stock → On Memo again. Refused naming the item and what is in stock when In Stock would go
 * negative (the piece was sold meanwhile, decision 11). The audit triggers record the removed rows.
 */
@Component
public class UnwindingAMemoReturn {

    private final MemoWork work;
    private final StockLedger ledger;
    private final JdbcClient jdbc;

    UnwindingAMemoReturn(MemoWork work, StockLedger ledger, JdbcClient jdbc) {
        this.work = work;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional
    public void removeLine(MemoReturnId id, long lineId) {
        MemoReturn receipt = work.memos.getReturn(id);
        Memo memo = work.memos.lock(receipt.memo());
        unwind(memo, receipt, receipt.line(lineId));
        work.changed(memo.id());
    }

    @Transactional
    public void delete(MemoReturnId id) {
        work.require(Permission.CAN_VOID_MEMO_RETURNS);
        MemoReturn receipt = work.memos.getReturn(id);
        Memo memo = work.memos.lock(receipt.memo());
        for (MemoReturn.Line line : receipt.lines()) unwind(memo, receipt, line);
        jdbc.sql("delete from memo_return where id = ?").param(id.value()).update();
        work.changed(memo.id());
    }

    private void unwind(Memo memo, MemoReturn receipt, MemoReturn.Line line) {
        MemoLine memoLine = memo.line(line.memoLine());
        if (!memoLine.misc()) {
            ledger.record(memoLine.item(), new StockLedger.Movement(MovementKind.MEMO_OUT, line.quantity().negate(),
                    line.quantity(), null, "Return " + receipt.numberText() + " of memo " + memo.numberText() + " undone",
                    "MEMO_RETURN", receipt.id().value()));
        }
        work.memos.addReturned(memoLine.id(), line.quantity().negate());
        jdbc.sql("delete from memo_return_line where id = ?").param(line.id()).update();
    }
}
