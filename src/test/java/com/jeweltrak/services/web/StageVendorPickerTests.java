package com.jeweltrak.services.web;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The stage's vendor is a contact picker limited to vendors, shown by name (03-services §0 Stage, §6; issue 9 point 11). */
@IntegrationTest
class StageVendorPickerTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired IntakeFixtures fixtures;
    @Autowired WorkOrders workOrders;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("stage-vendor-picker");
    }

    private String page(WorkOrderId job) throws Exception {
        return mvc.perform(get("/services/work-orders/" + job).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private WorkOrder read(WorkOrderId job) {
        return fixtures.as(tenant, () -> workOrders.get(job));
    }

    // 03-services §0 Stage: the add and edit forms pick the vendor among vendor contacts
    @Test
    void theStageFormsOfferAVendorPickerLimitedToVendors() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Pendant");
        fixtures.stage(tenant, job, null, "Casting", null, null);
        String html = page(job);
        assertThat(html).contains("id=\"stage-vendor-new\"").contains("/contacts/picker?role=vendor&amp;all=false");
        assertThat(html).contains("id=\"stage-vendor-" + read(job).stages().getFirst().id() + "\"");
    }

    // 03-services §0 Stage: a stage added with a picked vendor shows the vendor by name
    @Test
    void aStageAddedWithAPickedVendorShowsTheVendorsName() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Ring");
        ContactId vendor = fixtures.contact(tenant, "Sam", "Setter", null, ContactRole.VENDOR);
        mvc.perform(post("/services/work-orders/" + job + "/stages").with(tenant.owner().signedIn()).with(csrf())
                        .param("name", "Setting").param("stageStatus", "sent").param("newVendorId", Long.toString(vendor.value())))
                .andExpect(status().is3xxRedirection());
        assertThat(read(job).stages().getFirst().vendor()).isEqualTo(vendor);
        assertThat(page(job)).contains("Sam Setter");
    }

    // design §5: a refused stage keeps the picked vendor, shown by name
    @Test
    void aRefusedStageKeepsThePickedVendor() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Brooch");
        ContactId vendor = fixtures.contact(tenant, "Kept", "Caster", null, ContactRole.VENDOR);
        String html = mvc.perform(post("/services/work-orders/" + job + "/stages").with(tenant.owner().signedIn()).with(csrf())
                        .param("name", " ").param("newVendorId", Long.toString(vendor.value())))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"stageVendorChosen\"").contains("Kept Caster")
                .contains("name=\"vendorId\" value=\"" + vendor.value() + "\"");
    }

    // 03-services §0 Stage: editing a stage without picking keeps its vendor; picking another changes it
    @Test
    void editingAStageKeepsOrChangesItsVendor() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Cuff");
        ContactId first = fixtures.contact(tenant, "First", "Vendor", null, ContactRole.VENDOR);
        ContactId second = fixtures.contact(tenant, "Second", "Vendor", null, ContactRole.VENDOR);
        long stage = fixtures.stage(tenant, job, first, "Polish", null, null);
        mvc.perform(post("/services/work-orders/" + job + "/stages/" + stage).with(tenant.owner().signedIn()).with(csrf())
                        .param("name", "Polish").param("vendorId", Long.toString(first.value())).param("stageStatus", "sent"))
                .andExpect(status().is3xxRedirection());
        assertThat(read(job).stages().getFirst().vendor()).isEqualTo(first);
        mvc.perform(post("/services/work-orders/" + job + "/stages/" + stage).with(tenant.owner().signedIn()).with(csrf())
                        .param("name", "Polish").param("vendorId", Long.toString(first.value()))
                        .param("newVendorId", Long.toString(second.value())).param("stageStatus", "sent"))
                .andExpect(status().is3xxRedirection());
        assertThat(read(job).stages().getFirst().vendor()).isEqualTo(second);
        assertThat(page(job)).contains("Second Vendor");
    }
}
