package com.jeweltrak.services.templates.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.templates.AddingAJobTemplate;
import com.jeweltrak.services.templates.JobTemplate;
import com.jeweltrak.services.templates.JobTemplateDetails;
import com.jeweltrak.services.templates.JobTemplateId;
import com.jeweltrak.services.templates.JobTemplates;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Settings → Job templates and "New from template" at intake (03-services §8 R2, R5–R7). */
@IntegrationTest
class JobTemplatePagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired AddingAJobTemplate adding;
    @Autowired JobTemplates templates;
    @Autowired WorkOrders workOrders;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("job-template-pages");
        other = tenants.open("job-template-pages-other");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group("Sales")), Set.of());
    }

    private JobTemplateId template(TestTenants.Tenant t, String name, List<JobTemplate.Stage> stages) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> adding.add(new JobTemplateDetails(name, OrderType.REPAIR,
                name + " described", "Bench note for " + name, new BigDecimal("45.00"), 30, true, 7, 10, true, stages)));
    }

    private ContactId customer(String last) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> contacts.add(Contact.draft(
                new Contact.Name("Gwen", last, null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null,
                null, false, false, null, null))));
    }

    private String page(TestTenants.Person who, String url) throws Exception {
        return mvc.perform(get(url).with(who.signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    // 03-services §8 R2: the settings index links to the templates page, which lists the tenant's templates
    @Test
    void theSettingsPageLinksToJobTemplatesWhichListsThem() throws Exception {
        template(tenant, "Listed sizing", List.of(new JobTemplate.Stage("Size", null, null, null)));
        assertThat(page(tenant.owner(), "/settings")).contains("href=\"/settings/job-templates\"");
        assertThat(page(tenant.owner(), "/settings/job-templates")).contains("Listed sizing").contains("30 days").contains("$45.00");
    }

    // 03-services §8 R2: managing templates needs CanManageUsers
    @Test
    void someoneWhoCannotManageUsersCannotManageTemplates() throws Exception {
        mvc.perform(get("/settings/job-templates").with(clerk.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/settings/job-templates").with(clerk.signedIn()).with(csrf()).param("name", "Sneaky"))
                .andExpect(status().isForbidden());
    }

    // 03-services §8 R2: a new template with its default stages saved from the editor
    @Test
    void aTemplateIsCreatedWithItsDefaultStagesFromTheEditor() throws Exception {
        mvc.perform(post("/settings/job-templates").with(tenant.owner().signedIn()).with(csrf())
                        .param("name", "Editor solder").param("orderType", "repair").param("description", "Solder a chain, links")
                        .param("unitPrice", "32.50").param("warrantyDays", "90").param("promisedInDays", "5")
                        .param("sortOrder", "15").param("active", "true")
                        .param("stages[0].name", "Solder, then check").param("stages[0].vendorId", "")
                        .param("stages[0].expectedCost", "8").param("stages[0].instructions", "14K, yellow")
                        .param("stages[1].name", "").param("stages[1].vendorId", "").param("stages[1].expectedCost", "")
                        .param("stages[1].instructions", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/settings/job-templates"));
        JobTemplate saved = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> templates.all()).stream()
                .filter(t -> t.name().equals("Editor solder")).findFirst().orElseThrow();
        assertThat(saved.unitPrice()).isEqualByComparingTo("32.50");
        assertThat(saved.warrantyDays()).isEqualTo(90);
        assertThat(saved.stages()).extracting(JobTemplate.Stage::name).containsExactly("Solder, then check");
        assertThat(saved.stages().getFirst().expectedCost()).isEqualByComparingTo("8");
    }

    // design §5: a refused template shows the message beside the field and keeps what was typed
    @Test
    void aTemplateWithoutANameIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/settings/job-templates").with(tenant.owner().signedIn()).with(csrf())
                        .param("name", " ").param("orderType", "custom").param("description", "Typed description kept")
                        .param("unitPrice", "12"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"nameError\"").contains("Name the template.").contains("Typed description kept");
    }

    // 03-services §8 R5: "New from template" fills Describe, price, job type, warranty and the rest in one click
    @Test
    void newFromTemplateFillsTheIntakeForm() throws Exception {
        JobTemplateId id = template(tenant, "Prefill prong", List.of(new JobTemplate.Stage("Re-tip", null, null, null)));
        assertThat(page(tenant.owner(), "/services/work-orders?view=board"))
                .contains("/services/work-orders/new?template=" + id);
        String form = page(tenant.owner(), "/services/work-orders/new?template=" + id);
        assertThat(form).contains("value=\"Prefill prong described\"").contains("value=\"45.00\"")
                .contains("Bench note for Prefill prong").contains("id=\"templateBanner\"")
                .contains("name=\"templateId\" value=\"" + id + "\"").contains("name=\"warrantyDays\" value=\"30\"");
    }

    // 03-services §8 R5, R7: the pre-filled form, edited and saved, makes the job with the template's stages
    @Test
    void takingInTheFilledFormAddsTheTemplatesStages() throws Exception {
        JobTemplateId id = template(tenant, "Saved sizing", List.of(new JobTemplate.Stage("Size up", null, new BigDecimal("5"), null)));
        String location = mvc.perform(post("/services/work-orders").with(tenant.owner().signedIn()).with(csrf())
                        .param("orderType", "repair").param("stockType", "J").param("customerId", customer("Fill").toString())
                        .param("description", "Saved sizing, edited").param("unitPrice", "50.00").param("warrantyDays", "30")
                        .param("templateId", id.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/services/work-orders/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long jobId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        WorkOrder job = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> workOrders.get(new WorkOrderId(jobId)));
        assertThat(job.description()).isEqualTo("Saved sizing, edited");
        assertThat(job.unitPrice()).isEqualByComparingTo("50.00");
        assertThat(job.stages()).extracting(WorkOrder.Stage::name).containsExactly("Size up");
        assertThat(job.warrantyDays()).isEqualTo(30);
    }

    // design §4: another tenant's template is a 404 on the settings page and at intake
    @Test
    void anotherTenantsTemplateIsNotFound() throws Exception {
        JobTemplateId theirs = template(other, "Their template", List.of());
        mvc.perform(get("/settings/job-templates/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/services/work-orders/new?template=" + theirs).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    // 03-services §8 R2: the editor opens with the template's values and stages; Delete removes it
    @Test
    void aTemplateIsEditedAndDeletedFromItsPage() throws Exception {
        JobTemplateId id = template(tenant, "Editable clasp", List.of(new JobTemplate.Stage("Replace clasp", null, null, null)));
        String editor = page(tenant.owner(), "/settings/job-templates/" + id);
        assertThat(editor).contains("value=\"Editable clasp\"").contains("value=\"Replace clasp\"").contains("id=\"deleteTemplate\"");
        mvc.perform(post("/settings/job-templates/" + id).with(tenant.owner().signedIn()).with(csrf())
                        .param("name", "Edited clasp").param("orderType", "any").param("unitPrice", "41")
                        .param("active", "true").param("stages[0].name", "Replace clasp").param("stages[1].name", "Polish"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/settings/job-templates"));
        JobTemplate edited = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> templates.get(id));
        assertThat(edited.name()).isEqualTo("Edited clasp");
        assertThat(edited.orderType()).isNull();
        assertThat(edited.stages()).extracting(JobTemplate.Stage::name).containsExactly("Replace clasp", "Polish");
        mvc.perform(post("/settings/job-templates/" + id + "/delete").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> templates.find(id))).isEmpty();
    }

    // 03-services §8 R3: "Add the standard templates" adds the 14 the tenant does not have
    @Test
    void theStandardTemplatesAreAddedFromTheSettingsPage() throws Exception {
        mvc.perform(post("/settings/job-templates/standard").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(tenant.owner(), "/settings/job-templates")).contains("Ring sizing — up").contains("Engraving — text");
    }
}
