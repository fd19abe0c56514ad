package com.jeweltrak.services.appraisals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Takes a piece off a draft appraisal (R6: never off a finalized one). */
@Component
public class RemovingAnAppraisalItem {

    private final AppraisalWork work;
    private final JdbcClient jdbc;

    RemovingAnAppraisalItem(AppraisalWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void remove(AppraisalId id, long itemId) {
        Appraisal appraisal = work.appraisals.lock(id);
        appraisal.item(itemId);
        appraisal.checkEditable();
        jdbc.sql("delete from appraisal_item where id = ? and appraisal_id = ?").params(itemId, id.value()).update();
        work.changed(id);
    }
}
