package com.jeweltrak.sales.memos;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a line off a memo that nothing came back from and nothing was invoiced from (a line added by mistake): its
 * quantity goes back On Memo → In Stock (MEMO_RETURN). A line with returns is unwound through its receipt instead.
 */
@Component
public class RemovingAMemoLine {

    private final MemoWork work;
    private final StockLedger ledger;
    private final JdbcClient jdbc;

    RemovingAMemoLine(MemoWork work, StockLedger ledger, JdbcClient jdbc) {
        this.work = work;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional
    public void remove(MemoId id, long lineId) {
        Memo memo = work.memos.lock(id);
        MemoLine line = memo.line(lineId);
        memo.checkLineRemovable(line);
        if (!line.misc()) {
            ledger.record(line.item(), new StockLedger.Movement(MovementKind.MEMO_RETURN, line.quantity(),
                    line.quantity().negate(), null, "Taken off memo " + memo.numberText(), "MEMO", id.value()));
        }
        jdbc.sql("delete from memo_line where id = ? and memo_id = ?").params(lineId, id.value()).update();
        work.changed(id);
    }
}
