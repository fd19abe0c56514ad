package com.jeweltrak.services.appraisals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Corrects a piece on a draft appraisal (R6: never on a finalized one); the same checks as adding it. */
@Component
public class ChangingAnAppraisalItem {

    private final AppraisalWork work;
    private final JdbcClient jdbc;

    ChangingAnAppraisalItem(AppraisalWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(AppraisalId id, long itemId, AddingAnAppraisalItem.Request request) {
        Appraisal appraisal = work.appraisals.lock(id);
        appraisal.item(itemId);
        appraisal.checkEditable();
        AddingAnAppraisalItem.check(request);
        jdbc.sql("""
                        update appraisal_item set description = ?, metal = ?, weight = ?, stones = ?, marks = ?,
                                                  condition = ?, appraised_value = ?
                        where id = ? and appraisal_id = ?""")
                .params(request.description().strip(), AppraisalWork.blank(request.metal()),
                        AppraisalWork.blank(request.weight()), AppraisalWork.blank(request.stones()),
                        AppraisalWork.blank(request.marks()), AppraisalWork.blank(request.condition()),
                        request.appraisedValue(), itemId, id.value())
                .update();
        work.changed(id);
    }
}
