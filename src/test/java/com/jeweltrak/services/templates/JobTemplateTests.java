package com.jeweltrak.services.templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Job templates on the real database (03-services §8). */
@IntegrationTest
class JobTemplateTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired AddingAJobTemplate adding;
    @Autowired ChangingAJobTemplate changing;
    @Autowired RemovingAJobTemplate removing;
    @Autowired SeedingTheStandardTemplates seeding;
    @Autowired TakingInFromATemplate takingIn;
    @Autowired JobTemplates templates;
    @Autowired WorkOrders workOrders;
    @Autowired EditingContacts contacts;
    @Autowired TransactionTemplate transactions;
    @Autowired TestTenants tenants;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("job-templates");
        other = tenants.open("job-templates-other");
    }

    private <T> T as(TestTenants.Tenant t, Supplier<T> work) {
        return TenantContext.callAs(t.id(), t.owner().id(), work);
    }

    private ContactId contact(TestTenants.Tenant t, String last, ContactRole role) {
        return as(t, () -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Tess", last, null, null),
                Set.of(role), null, null, null, null, null, null, false, false, null, null))));
    }

    static JobTemplateDetails template(String name, OrderType type, String price, Integer warranty, List<JobTemplate.Stage> stages) {
        return new JobTemplateDetails(name, type, name + " work", "Check the shank first", price == null ? null : new BigDecimal(price),
                warranty, false, 7, 10, true, stages);
    }

    // 03-services §8 R3, R4: every tenant starts with the 14 standard templates, with the warranty article's periods
    @Test
    void aNewTenantStartsWithTheFourteenStandardTemplatesWithTheSpecsWarrantyPeriods() {
        TestTenants.Tenant fresh = tenants.open("job-templates-standard");
        List<JobTemplate> all = as(fresh, () -> templates.all());
        assertThat(all).hasSize(14);
        assertThat(all).filteredOn(t -> t.orderType() == OrderType.REPAIR).hasSize(12);
        assertThat(all).filteredOn(t -> t.orderType() == OrderType.CUSTOM).hasSize(2);
        assertThat(warranty(all, "Ring sizing — up")).isEqualTo(30);
        assertThat(warranty(all, "Basic polishing")).isEqualTo(30);
        assertThat(warranty(all, "Rhodium plating")).isEqualTo(30);
        assertThat(warranty(all, "Prong tightening / re-tipping")).isEqualTo(90);
        assertThat(warranty(all, "Stone tightening")).isEqualTo(90);
        assertThat(warranty(all, "Chain repair / solder")).isEqualTo(90);
        assertThat(warranty(all, "Engraving — text")).isEqualTo(0);
        assertThat(warranty(all, "Refurbishment — full service")).isNull();
        JobTemplate consultation = all.stream().filter(t -> t.name().equals("Custom design — consultation")).findFirst().orElseThrow();
        assertThat(consultation.unitPrice()).isEqualByComparingTo("0"); // §8 worked example: free
    }

    // 03-services §8 R3: a standard template the tenant removed comes back when the standard ones are added again
    @Test
    void seedingAddsBackOnlyTheStandardTemplatesTheTenantRemoved() {
        TestTenants.Tenant fresh = tenants.open("job-templates-removed");
        JobTemplate engraving = as(fresh, () -> templates.all()).stream()
                .filter(t -> t.name().equals("Engraving — text")).findFirst().orElseThrow();
        as(fresh, () -> {
            removing.remove(engraving.id());
            return null;
        });
        assertThat(as(fresh, () -> seeding.seed())).isEqualTo(1);
        assertThat(as(fresh, () -> templates.all())).hasSize(14);
    }

    private static Integer warranty(List<JobTemplate> all, String name) {
        return all.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().warrantyDays();
    }

    // 03-services §8 R3: seeding a tenant that was opened with the standard templates adds nothing (idempotent)
    @Test
    void seedingAnOpenedTenantAgainAddsNothing() {
        TestTenants.Tenant fresh = tenants.open("job-templates-twice");
        assertThat(as(fresh, () -> seeding.seed())).isZero();
        assertThat(as(fresh, () -> seeding.seed())).isZero();
        assertThat(as(fresh, () -> templates.all())).hasSize(14);
    }

    // 03-services §8 R6: the picker lists templates of the intake's order type and Any, by sort order then name
    @Test
    void theIntakePickerListsTheOrderTypeAndAnyBySortOrderThenName() {
        TestTenants.Tenant fresh = tenants.open("job-templates-picker");
        as(fresh, () -> {
            adding.add(new JobTemplateDetails("Zircon check", OrderType.REPAIR, null, null, null, null, false, null, 5, true, List.of()));
            adding.add(new JobTemplateDetails("Appraisal intake", null, null, null, null, null, false, null, 5, true, List.of()));
            adding.add(new JobTemplateDetails("Bespoke ring", OrderType.CUSTOM, null, null, null, null, false, null, 1, true, List.of()));
            adding.add(new JobTemplateDetails("Archived sizing", OrderType.REPAIR, null, null, null, null, false, null, 1, false, List.of()));
            return null;
        });
        List<String> names = as(fresh, () -> templates.forIntake(OrderType.REPAIR)).stream().map(JobTemplate::name).toList();
        // the tenant's standard templates (sort 10 and up) follow; the custom and the inactive ones are not offered
        assertThat(names).startsWith("Appraisal intake", "Zircon check", "Ring sizing — up")
                .doesNotContain("Bespoke ring", "Archived sizing", "Custom design — consultation");
    }

    // 03-services §8 R5: a job taken in from a template gets its stages (vendor, expected cost) and warranty
    @Test
    void aJobTakenInFromATemplateGetsItsStagesAndWarranty() {
        ContactId vendor = contact(tenant, "Caster", ContactRole.VENDOR);
        ContactId customer = contact(tenant, "Owner", ContactRole.CUSTOMER);
        JobTemplateId id = as(tenant, () -> adding.add(template("Soldering special", OrderType.REPAIR, "30.00", 90,
                List.of(new JobTemplate.Stage("Solder", vendor, new BigDecimal("12.50"), "Use 14K solder"),
                        new JobTemplate.Stage("Polish", null, null, null)))));
        WorkOrderId job = as(tenant, () -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.REPAIR, "J",
                customer, null, null, "Soldering special work", null, null, new BigDecimal("30.00"), null,
                LocalDate.of(2026, 11, 2), null, false, null, "Check the shank first"), 90, id));
        WorkOrder made = as(tenant, () -> workOrders.get(job));
        assertThat(made.stages()).extracting(WorkOrder.Stage::name).containsExactly("Solder", "Polish");
        assertThat(made.stages().getFirst().vendor()).isEqualTo(vendor);
        assertThat(made.stages().getFirst().expectedCost()).isEqualByComparingTo("12.50");
        assertThat(made.stages().getFirst().instructions()).isEqualTo("Use 14K solder");
        assertThat(made.stages().getFirst().status()).isEqualTo("pending");
        // §10 R3: WarrantyExpiresAt = RepairDate + WarrantyDays
        assertThat(made.warrantyExpiresAt()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    // 03-services §8 R7: changing a template later does not change the jobs already taken in from it
    @Test
    void changingATemplateLeavesJobsAlreadyTakenInAlone() {
        ContactId customer = contact(tenant, "Keeper", ContactRole.CUSTOMER);
        JobTemplateId id = as(tenant, () -> adding.add(template("Clasp special", OrderType.REPAIR, "40.00", 90,
                List.of(new JobTemplate.Stage("Replace clasp", null, null, null)))));
        WorkOrderId job = as(tenant, () -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.REPAIR, "J",
                customer, null, null, "Clasp", null, null, null, null, null, null, false, null, null), null, id));
        as(tenant, () -> {
            changing.change(id, template("Clasp special", OrderType.REPAIR, "55.00", 30, List.of(new JobTemplate.Stage("Other", null, null, null))));
            return null;
        });
        assertThat(as(tenant, () -> workOrders.get(job)).stages()).extracting(WorkOrder.Stage::name).containsExactly("Replace clasp");
        assertThat(as(tenant, () -> templates.get(id)).unitPrice()).isEqualByComparingTo("55.00");
    }

    // 03-services §8 R2: two templates of one tenant cannot share a name
    @Test
    void aSecondTemplateWithTheSameNameIsRefused() {
        as(tenant, () -> adding.add(template("Pearl restring", OrderType.REPAIR, "20", null, List.of())));
        assertThatThrownBy(() -> as(tenant, () -> adding.add(template("pearl RESTRING", OrderType.REPAIR, "25", null, List.of()))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("already a template named");
    }

    // 03-services §8 Data: a negative price or warranty is refused beside its field
    @Test
    void aNegativePriceIsRefused() {
        assertThatThrownBy(() -> as(tenant, () -> adding.add(template("Cheap trick", OrderType.REPAIR, "-1", null, List.of()))))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.field()).isEqualTo("unitPrice"));
    }

    // 03-services §8 R2 (delete); jobs taken in from it stay
    @Test
    void aDeletedTemplateIsGoneButItsJobsStay() {
        ContactId customer = contact(tenant, "Stayer", ContactRole.CUSTOMER);
        JobTemplateId id = as(tenant, () -> adding.add(template("One-off", OrderType.REPAIR, "10", null,
                List.of(new JobTemplate.Stage("Fix", null, null, null)))));
        WorkOrderId job = as(tenant, () -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.REPAIR, "J",
                customer, null, null, "One-off", null, null, null, null, null, null, false, null, null), null, id));
        as(tenant, () -> {
            removing.remove(id);
            return null;
        });
        assertThat(as(tenant, () -> templates.find(id))).isEmpty();
        assertThat(as(tenant, () -> workOrders.get(job)).stages()).hasSize(1);
    }

    // design §4: another tenant's template cannot be read, used or deleted
    @Test
    void anotherTenantsTemplateIsNotFound() {
        JobTemplateId theirs = as(other, () -> adding.add(template("Their secret", OrderType.REPAIR, "10", null, List.of())));
        assertThat(as(tenant, () -> templates.find(theirs))).isEmpty();
        assertThatThrownBy(() -> as(tenant, () -> {
            removing.remove(theirs);
            return null;
        })).isInstanceOf(RecordNotFound.class);
    }
}
