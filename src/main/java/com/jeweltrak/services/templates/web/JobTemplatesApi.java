package com.jeweltrak.services.templates.web;

import java.net.URI;
import java.util.List;

import com.jeweltrak.services.templates.AddingAJobTemplate;
import com.jeweltrak.services.templates.ChangingAJobTemplate;
import com.jeweltrak.services.templates.JobTemplate;
import com.jeweltrak.services.templates.JobTemplateId;
import com.jeweltrak.services.templates.JobTemplates;
import com.jeweltrak.services.templates.RemovingAJobTemplate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job templates over the API (03-services §8; design §5b). Reading them is open to whoever may take a job in (the
 * intake picker, R2 "using a template needs nothing beyond the right to create the work order"); changing them needs
 * CanManageUsers like the settings page. Another tenant's template is a 404.
 */
@RestController
@RequestMapping("/api/v1/job-templates")
@Tag(name = "Job templates", description = "Intake recipes that pre-fill a new work order (03-services §8)")
class JobTemplatesApi {

    record StageJson(String name, Long vendorId, String expectedCost, String instructions) {
    }

    record JobTemplateJson(long id, String name, String orderType, String description, String instructions,
                           String unitPrice, Integer warrantyDays, boolean rush, Integer promisedInDays, int sortOrder,
                           boolean active, List<StageJson> stages) {

        static JobTemplateJson of(JobTemplate t) {
            return new JobTemplateJson(t.id().value(), t.name(), t.orderTypeValue(), t.description(), t.instructions(),
                    t.unitPrice() == null ? null : t.unitPrice().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    t.warrantyDays(), t.rush(), t.promisedInDays(), t.sortOrder(), t.active(),
                    t.stages().stream().map(s -> new StageJson(s.name(), s.vendor() == null ? null : s.vendor().value(),
                            s.expectedCost() == null ? null : s.expectedCost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                            s.instructions())).toList());
        }
    }

    record JobTemplateRequest(String name, String orderType, String description, String instructions, String unitPrice,
                              Integer warrantyDays, Boolean rush, Integer promisedInDays, Integer sortOrder,
                              Boolean active, List<StageJson> stages) {

        JobTemplateForm form() {
            return new JobTemplateForm(name, orderType, description, instructions, unitPrice,
                    warrantyDays == null ? null : warrantyDays.toString(), rush,
                    promisedInDays == null ? null : promisedInDays.toString(), sortOrder == null ? null : sortOrder.toString(),
                    active == null || active,
                    stages == null ? List.of() : stages.stream().map(s -> new JobTemplateForm.StageRow(s.name(),
                            s.vendorId() == null ? null : s.vendorId().toString(), s.expectedCost(), s.instructions())).toList());
        }
    }

    private final JobTemplates templates;
    private final AddingAJobTemplate adding;
    private final ChangingAJobTemplate changing;
    private final RemovingAJobTemplate removing;

    JobTemplatesApi(JobTemplates templates, AddingAJobTemplate adding, ChangingAJobTemplate changing,
                    RemovingAJobTemplate removing) {
        this.templates = templates;
        this.adding = adding;
        this.changing = changing;
        this.removing = removing;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('Repairs.Create') or hasAuthority('CanManageUsers')")
    @Operation(summary = "The tenant's job templates in picker order (sort order, then name); orderType narrows to one "
            + "job type and Any, active only (§8 R6)")
    List<JobTemplateJson> list(@Parameter(description = "repair, custom or manufacturing: only active templates for it and Any")
                               @RequestParam(required = false) String orderType) {
        List<JobTemplate> found;
        try {
            found = orderType == null ? templates.all() : templates.forIntake(com.jeweltrak.services.OrderType.of(orderType));
        } catch (IllegalArgumentException e) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("orderType", "The job type is repair, custom or manufacturing.");
        }
        return found.stream().map(JobTemplateJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('Repairs.Create') or hasAuthority('CanManageUsers')")
    @Operation(summary = "One job template with its default stages; 404 when not the caller's")
    JobTemplateJson get(@PathVariable long id) {
        return JobTemplateJson.of(templates.get(new JobTemplateId(id)));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CanManageUsers')")
    @Operation(summary = "Add a job template; 422 without a name, with a name already used, or a negative price")
    ResponseEntity<JobTemplateJson> create(@RequestBody JobTemplateRequest request) {
        JobTemplateId id = adding.add(request.form().details());
        return ResponseEntity.created(URI.create("/api/v1/job-templates/" + id)).body(JobTemplateJson.of(templates.get(id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    @Operation(summary = "Replace a job template and its default stages; jobs already taken in keep what they got")
    JobTemplateJson change(@PathVariable long id, @RequestBody JobTemplateRequest request) {
        JobTemplate t = templates.get(new JobTemplateId(id));
        changing.change(t.id(), request.form().details());
        return JobTemplateJson.of(templates.get(t.id()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    @Operation(summary = "Delete a job template; jobs taken in from it stay as they are")
    ResponseEntity<Void> delete(@PathVariable long id) {
        removing.remove(templates.get(new JobTemplateId(id)).id());
        return ResponseEntity.noContent().build();
    }
}
