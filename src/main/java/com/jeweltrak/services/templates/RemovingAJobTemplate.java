package com.jeweltrak.services.templates;

import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A template deleted (03-services §8 R2); jobs taken in from it stay as they are and forget the template. */
@Component
public class RemovingAJobTemplate {

    private final JdbcClient jdbc;

    RemovingAJobTemplate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void remove(JobTemplateId id) {
        if (jdbc.sql("delete from job_template where id = ?").param(id.value()).update() == 0) {
            throw new RecordNotFound("Job template", id);
        }
    }
}
