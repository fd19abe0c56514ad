package com.jeweltrak.services.appraisals;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 03-services §13 R6, R7: "editing" a finalized appraisal makes a new draft appraisal — the next number of its store,
 * today's date, a copy of the header and the items — that names the one it revises. The original stays as it was and
 * stays listed.
 */
@Component
public class RevisingAnAppraisal {

    private final AppraisalWork work;
    private final OpeningAnAppraisal opening;
    private final AddingAnAppraisalItem adding;
    private final JdbcClient jdbc;

    RevisingAnAppraisal(AppraisalWork work, OpeningAnAppraisal opening, AddingAnAppraisalItem adding, JdbcClient jdbc) {
        this.work = work;
        this.opening = opening;
        this.adding = adding;
        this.jdbc = jdbc;
    }

    @Transactional
    public AppraisalId revise(AppraisalId id) {
        Appraisal original = work.appraisals.get(id);
        if (!original.finalized()) {
            throw new BusinessRuleViolated("appraisal", "Appraisal " + original.numberText()
                    + " is still a draft: change it directly.");
        }
        AppraisalId copy = opening.open(new OpeningAnAppraisal.Request(original.store(), original.customer(),
                original.purpose(), null, original.headerNotes(), original.appraiserName(), original.appraiserTitle()));
        jdbc.sql("update appraisal set revises_id = ? where id = ?").params(id.value(), copy.value()).update();
        original.items().forEach(i -> adding.add(copy, new AddingAnAppraisalItem.Request(i.description(), i.metal(),
                i.weight(), i.stones(), i.marks(), i.condition(), i.appraisedValue())));
        work.changed(copy);
        return copy;
    }
}
