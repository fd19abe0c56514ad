package com.jeweltrak.services.templates;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.services.AddingAStage;
import com.jeweltrak.services.StageDetails;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job taken in from a template (03-services §8 R5, R7): the header comes as typed (the form was pre-filled from the
 * template and may have been edited), and the template's default stages are added to the new job in the same
 * transaction, pending, with their vendor, expected cost and instructions. The job remembers its template.
 */
@Component
public class TakingInFromATemplate {

    private final TakingInAWorkOrder takingIn;
    private final AddingAStage addingStage;
    private final JobTemplates templates;
    private final JdbcClient jdbc;

    TakingInFromATemplate(TakingInAWorkOrder takingIn, AddingAStage addingStage, JobTemplates templates, JdbcClient jdbc) {
        this.takingIn = takingIn;
        this.addingStage = addingStage;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    @Transactional
    public WorkOrderId takeIn(StoreId store, WorkOrderDetails details, Integer warrantyDays, JobTemplateId templateId) {
        JobTemplate template = templates.get(templateId);
        WorkOrderId id = takingIn.takeIn(store, details, warrantyDays);
        for (JobTemplate.Stage s : template.stages()) {
            addingStage.add(id, new StageDetails(s.name(), s.vendor(), "pending", null, null, s.expectedCost(), null,
                    s.instructions(), null, null));
        }
        jdbc.sql("update work_order set template_id = ? where id = ?").params(templateId.value(), id.value()).update();
        return id;
    }
}
