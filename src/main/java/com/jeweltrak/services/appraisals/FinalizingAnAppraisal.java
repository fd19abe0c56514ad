package com.jeweltrak.services.appraisals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Draft → Finalized (03-services §13, inferred): from now on the appraisal is the document given and never changes (R6). */
@Component
public class FinalizingAnAppraisal {

    private final AppraisalWork work;
    private final JdbcClient jdbc;

    FinalizingAnAppraisal(AppraisalWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void finalizeIt(AppraisalId id) {
        work.appraisals.lock(id).checkFinalizable();
        jdbc.sql("update appraisal set status = 'FINALIZED', finalized_at = now(), finalized_by = ? where id = ?")
                .params(work.actorId(), id.value()).update();
        work.changed(id);
    }
}
