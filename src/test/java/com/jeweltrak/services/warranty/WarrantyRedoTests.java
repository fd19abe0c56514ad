package com.jeweltrak.services.warranty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.ChangingAWorkOrder;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Repair warranty and warranty redos on the real database (03-services §10; issue 9 bad input). */
@IntegrationTest
class WarrantyRedoTests {

    static TestTenants.Tenant tenant;
    static ContactId customer;

    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingAWorkOrder changing;
    @Autowired ChangingTheStatus status;
    @Autowired OpeningAWarrantyRedo redo;
    @Autowired WorkOrders workOrders;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired EditingContacts contacts,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("warranty-redos");
        customer = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> contacts.add(
                Contact.draft(new Contact.Name("Wanda", "Warranty", null, null), Set.of(ContactRole.CUSTOMER), null, null,
                        null, null, null, null, false, false, null, null))));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    /** Today in the test store's zone (TestTenants opens stores in America/New_York). */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/New_York"));
    }

    private static WorkOrderDetails repair(String description, LocalDate intake, String price) {
        return new WorkOrderDetails(OrderType.REPAIR, "J", customer, null, null, description, null, null,
                price == null ? null : new BigDecimal(price), null, intake, null, false, null, null);
    }

    /** A repair taken in on {@code intake} with a warranty, then worked, finished and picked up. */
    private WorkOrderId pickedUp(LocalDate intake, Integer warrantyDays) {
        return as(() -> {
            WorkOrderId id = takingIn.takeIn(tenant.store(), repair("Prong re-tip", intake, "60.00"), warrantyDays);
            status.change(id, WorkOrderStatus.RP);
            status.change(id, WorkOrderStatus.PICKED_UP);
            return id;
        });
    }

    private WorkOrderId openRedo(WorkOrderId original, String price) {
        return as(() -> redo.open(original, tenant.store(), repair("Prong re-tip again", null, price)));
    }

    // 03-services §10 R3: WarrantyExpiresAt = RepairDate + WarrantyDays, and follows a corrected intake date
    @Test
    void theExpiryIsTheIntakeDatePlusTheWarrantyDays() {
        WorkOrderId id = as(() -> takingIn.takeIn(tenant.store(), repair("Sizing", LocalDate.of(2026, 7, 16), "45"), 30));
        assertThat(as(() -> workOrders.get(id)).warrantyExpiresAt()).isEqualTo(LocalDate.of(2026, 8, 15));
        as(() -> {
            changing.change(id, repair("Sizing", LocalDate.of(2026, 7, 1), "45"));
            return null;
        });
        assertThat(as(() -> workOrders.get(id)).warrantyExpiresAt()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    // 03-services §10 R4: 0 days (engraving) means no warranty, like none at all
    @Test
    void zeroWarrantyDaysMeanNoWarranty() {
        WorkOrderId id = as(() -> takingIn.takeIn(tenant.store(), repair("Engraving", today(), "30"), 0));
        WorkOrder job = as(() -> workOrders.get(id));
        assertThat(job.hasWarranty()).isFalse();
        assertThat(job.warrantyRunsOn(today())).isFalse();
    }

    // 03-services §10 R2: warranty days are whole days from 0 up
    @Test
    void negativeWarrantyDaysAreRefused() {
        assertThatThrownBy(() -> as(() -> takingIn.takeIn(tenant.store(), repair("Bad", today(), "10"), -1)))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.field()).isEqualTo("warrantyDays"));
    }

    // 03-services §10 R7, R8: inside the window a $0 redo is opened, linked to the original, for the same customer
    @Test
    void aFreeRedoInsideTheWindowIsLinkedToTheOriginal() {
        WorkOrderId original = pickedUp(today().minusDays(10), 90);
        WorkOrderId made = openRedo(original, "0");
        WorkOrder redone = as(() -> workOrders.get(made));
        assertThat(redone.warrantyOf()).isEqualTo(original);
        assertThat(redone.isRedo()).isTrue();
        assertThat(redone.unitPrice()).isEqualByComparingTo("0");
        assertThat(redone.customer()).isEqualTo(customer);
        assertThat(redone.hasWarranty()).isFalse();
    }

    // 03-services §10 R5: the last day of the window is still inside (inclusive, inferred)
    @Test
    void theExpiryDayItselfIsStillInsideTheWindow() {
        WorkOrderId original = pickedUp(today().minusDays(30), 30);
        assertThat(as(() -> workOrders.get(openRedo(original, "0"))).warrantyOf()).isEqualTo(original);
    }

    // issue 9 bad input, 03-services §10 R7: a $0 redo once the window has passed is refused with the expiry date
    @Test
    void aFreeRedoAfterTheWindowIsRefusedWithTheExpiryDate() {
        LocalDate intake = today().minusDays(100);
        WorkOrderId original = pickedUp(intake, 30);
        assertThatThrownBy(() -> openRedo(original, "0.00")).isInstanceOf(WarrantyWindowPassed.class)
                .hasMessageContaining("ended on " + intake.plusDays(30)).hasMessageContaining("not free");
        assertThat(as(() -> workOrders.redosOf(original))).isEmpty();
    }

    // 03-services §10 R7: after the window a redo may still be opened when it is charged
    @Test
    void aChargedRedoAfterTheWindowIsOpened() {
        WorkOrderId original = pickedUp(today().minusDays(100), 30);
        WorkOrderId made = openRedo(original, "40.00");
        assertThat(as(() -> workOrders.get(made)).warrantyOf()).isEqualTo(original);
    }

    // 03-services §10 R4, R7: a job without a warranty has no free redo
    @Test
    void aFreeRedoOfAJobWithoutWarrantyIsRefused() {
        WorkOrderId original = pickedUp(today(), null);
        assertThatThrownBy(() -> openRedo(original, "0")).isInstanceOf(WarrantyWindowPassed.class)
                .hasMessageContaining("had no warranty");
    }

    // 03-services §10 R6: only a picked-up job may be redone
    @Test
    void aJobNotYetPickedUpCannotBeRedone() {
        WorkOrderId original = as(() -> takingIn.takeIn(tenant.store(), repair("On the bench", today(), "20"), 90));
        assertThatThrownBy(() -> openRedo(original, "0")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("picked the job up");
    }

    // 03-services §10 R6, R8: a redo cannot start a further redo
    @Test
    void aRedoCannotStartAnotherRedo() {
        WorkOrderId original = pickedUp(today().minusDays(5), 90);
        WorkOrderId first = openRedo(original, "0");
        as(() -> {
            status.change(first, WorkOrderStatus.RP);
            status.change(first, WorkOrderStatus.PICKED_UP);
            return null;
        });
        assertThatThrownBy(() -> openRedo(first, "0")).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("itself a warranty redo");
    }

    // 03-services §10: the original shows its redos
    @Test
    void theOriginalListsItsRedos() {
        WorkOrderId original = pickedUp(today().minusDays(3), 90);
        WorkOrderId first = openRedo(original, "0");
        WorkOrderId second = openRedo(original, "0");
        assertThat(as(() -> workOrders.redosOf(original))).extracting(WorkOrder::id).containsExactly(first, second);
    }
}
