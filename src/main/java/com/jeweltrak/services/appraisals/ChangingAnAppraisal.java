package com.jeweltrak.services.appraisals;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The header of a draft appraisal: purpose, date, notes, the appraiser's name and title (R6: never a finalized one). */
@Component
public class ChangingAnAppraisal {

    public record Request(AppraisalPurpose purpose, LocalDate date, String headerNotes, String appraiserName,
                          String appraiserTitle) {
    }

    private final AppraisalWork work;
    private final JdbcClient jdbc;

    ChangingAnAppraisal(AppraisalWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(AppraisalId id, Request request) {
        Appraisal appraisal = work.appraisals.lock(id);
        appraisal.checkEditable();
        jdbc.sql("""
                        update appraisal set purpose = ?, appraisal_date = ?, header_notes = ?, appraiser_name = ?,
                                             appraiser_title = ?
                        where id = ?""")
                .params((request.purpose() == null ? appraisal.purpose() : request.purpose()).name(),
                        request.date() == null ? appraisal.date() : request.date(),
                        AppraisalWork.blank(request.headerNotes()), AppraisalWork.blank(request.appraiserName()),
                        AppraisalWork.blank(request.appraiserTitle()), id.value())
                .update();
        work.changed(id);
    }
}
