package com.jeweltrak.sales.memos;

import java.sql.Timestamp;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voids a memo issued by mistake (needs CanVoidMemos): only while nothing came back from it and nothing was invoiced
 * from it. Every item's units come back On Memo → In Stock; the lines stay for the record; who and when are stamped.
 */
@Component
public class VoidingAMemo {

    private final MemoWork work;
    private final StockLedger ledger;
    private final JdbcClient jdbc;

    VoidingAMemo(MemoWork work, StockLedger ledger, JdbcClient jdbc) {
        this.work = work;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional
    public void voidMemo(MemoId id) {
        work.require(Permission.CAN_VOID_MEMOS);
        Memo memo = work.memos.lock(id);
        memo.checkVoidable();
        for (MemoLine line : memo.lines()) {
            if (line.misc()) continue;
            ledger.record(line.item(), new StockLedger.Movement(MovementKind.MEMO_RETURN, line.quantity(),
                    line.quantity().negate(), null, "Memo " + memo.numberText() + " voided", "MEMO", id.value()));
        }
        jdbc.sql("update memo set voided_at = ?, voided_by = ? where id = ?")
                .params(Timestamp.from(work.now()), work.actorId(), id.value()).update();
        work.changed(id);
    }
}
