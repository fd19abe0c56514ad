package com.jeweltrak.sales.memos;

import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The memo's terms and notes (02-sales §Memos R1): expected return date, terms text, notes. Not on a voided memo. */
@Component
public class ChangingAMemo {

    public record Request(LocalDate expectedReturn, String terms, String notes) {
    }

    private final MemoWork work;
    private final JdbcClient jdbc;

    ChangingAMemo(MemoWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(MemoId id, Request request) {
        Memo memo = work.memos.lock(id);
        memo.checkNotVoided();
        IssuingAMemo.checkExpectedReturn(memo.date(), request.expectedReturn());
        if (request.terms() != null && request.terms().length() > 2000) {
            throw new BusinessRuleViolated("terms", "Keep the terms under 2,000 characters.");
        }
        jdbc.sql("update memo set expected_return_date = ?, terms = ?, notes = ? where id = ?")
                .params(request.expectedReturn(), MemoWork.blank(request.terms()), MemoWork.blank(request.notes()), id.value())
                .update();
        work.changed(id);
    }
}
