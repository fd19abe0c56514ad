package com.jeweltrak.services;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Work orders on the real database: 03-services §0, §1 R4–R9, §15 R1, decision 12. */
@IntegrationTest
class WorkOrderLifecycleTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingAWorkOrder changing;
    @Autowired ChangingTheStatus status;
    @Autowired AddingAStage addingStage;
    @Autowired ChangingAStage changingStage;
    @Autowired WorkOrders workOrders;
    @Autowired EditingContacts contacts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-order-lifecycle");
        other = tenants.open("work-order-lifecycle-other");
    }

    private <T> T as(TestTenants.Tenant t, Supplier<T> work) {
        return TenantContext.callAs(t.id(), t.owner().id(), work);
    }

    private ContactId contact(String last, ContactRole... roles) {
        return as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Rita", last, null, null),
                Set.of(roles), null, null, null, null, null, null, false, false, null, null))));
    }

    private WorkOrderDetails repair(ContactId customer, String description, boolean rush) {
        return new WorkOrderDetails(OrderType.REPAIR, "J", customer, null, null, description, null, null, null, null,
                null, null, rush, "Bench 1", null);
    }

    private WorkOrderId takeIn(WorkOrderDetails details) {
        return as(tenant, () -> takingIn.takeIn(tenant.store(), details));
    }

    private WorkOrder read(WorkOrderId id) {
        return as(tenant, () -> workOrders.get(id));
    }

    private void move(WorkOrderId id, WorkOrderStatus to) {
        as(tenant, () -> {
            status.change(id, to);
            return null;
        });
    }

    private void backdateLane(WorkOrderId id, int days) {
        as(tenant, () -> transactions.execute(s -> jdbc.sql("update work_order set lane_entered_at = lane_entered_at - make_interval(days => ?) where id = ?")
                .params(days, id.value()).update()));
    }

    @Test
    void aRepairWithoutPriceStartsInShopAtQuoteNeeded() {
        // 03-services §0 initial status default, §1 R4
        WorkOrder job = read(takeIn(repair(contact("Quinn"), "Resize ring to 7", false)));
        assertThat(job.status()).isEqualTo(WorkOrderStatus.QN);
        assertThat(job.lane()).isEqualTo(Lane.IN_SHOP);
        assertThat(job.number()).isPositive();
    }

    @Test
    void aJobWithAPriceStartsInProduction() {
        // 03-services §0: IP when the price is known
        WorkOrderDetails priced = new WorkOrderDetails(OrderType.REPAIR, null, contact("Price"), null, null, "Solder chain",
                null, null, new BigDecimal("45.00"), null, null, null, false, null, null);
        assertThat(read(takeIn(priced)).status()).isEqualTo(WorkOrderStatus.IP);
    }

    @Test
    void numbersArePerStoreAndNeverReused() {
        // 03-services §0, decision 12
        ContactId customer = contact("Numbers");
        WorkOrderId first = takeIn(repair(customer, "Clean", false));
        as(tenant, () -> transactions.execute(s -> jdbc.sql("delete from work_order where id = ?").param(first.value()).update()));
        WorkOrderId second = takeIn(repair(customer, "Polish", false));
        assertThat(read(second).number()).isGreaterThan(as(tenant, () -> transactions.execute(s ->
                jdbc.sql("select coalesce(max(number), 0) from work_order where id <> ?").param(second.value()).query(Long.class).single())));
    }

    @Test
    void aRepairNeedsACustomer() {
        // 03-services §15 R1, §0: customer required for repair and custom
        assertThatThrownBy(() -> takeIn(repair(null, "Resize", false)))
                .isInstanceOf(BusinessRuleViolated.class).extracting("field").isEqualTo("customerId");
    }

    @Test
    void productionNeedsNoCustomer() {
        // 03-services §0: no customer for manufacturing
        WorkOrderDetails production = new WorkOrderDetails(OrderType.MANUFACTURING, "J", null, null, null, "Ten pendants",
                null, null, null, null, null, null, false, null, null);
        assertThat(read(takeIn(production)).customer()).isNull();
    }

    @Test
    void takingInMakesTheContactACustomer() {
        // 03-services §0, 07-contacts roles: the job's customer gets the Customer role
        ContactId plain = contact("Plain");
        takeIn(repair(plain, "Re-tip prongs", false));
        boolean customer = as(tenant, () -> transactions.execute(s -> jdbc.sql("select is_customer from contact where id = ?")
                .param(plain.value()).query(Boolean.class).single()));
        assertThat(customer).isTrue();
    }

    @Test
    void aStatusChangeInsideTheLaneKeepsTheDaysInStage() {
        // 03-services §1 R9: QN → CR stays In Shop, the count goes on
        WorkOrderId id = takeIn(repair(contact("Keep"), "Stone check", false));
        backdateLane(id, 3);
        Instant before = read(id).laneEnteredAt();
        move(id, WorkOrderStatus.CR);
        assertThat(read(id).laneEnteredAt()).isEqualTo(before);
        assertThat(read(id).daysInStage(Instant.now())).isEqualTo(3);
    }

    @Test
    void aStatusChangeToAnotherLaneRestartsTheDaysInStage() {
        // 03-services §1 R9: QN → IP moves to In Progress, 0d
        WorkOrderId id = takeIn(repair(contact("Restart"), "Rhodium plate", false));
        backdateLane(id, 3);
        move(id, WorkOrderStatus.IP);
        WorkOrder job = read(id);
        assertThat(job.lane()).isEqualTo(Lane.IN_PROGRESS);
        assertThat(job.daysInStage(Instant.now())).isZero();
    }

    @Test
    void readyForPickupStraightFromQuoteNeededIsRefused() {
        // decided transition table (WorkOrderStatus): RP only after IP
        WorkOrderId id = takeIn(repair(contact("Jump"), "Sizing", false));
        assertThatThrownBy(() -> move(id, WorkOrderStatus.RP)).isInstanceOf(StatusChangeNotAllowed.class);
        assertThat(read(id).status()).isEqualTo(WorkOrderStatus.QN);
    }

    @Test
    void aPickedUpJobCannotComeBack() {
        // 03-services §0: picked up is an end state
        WorkOrderId id = takeIn(repair(contact("Done"), "Sizing", false));
        move(id, WorkOrderStatus.IP);
        move(id, WorkOrderStatus.RP);
        move(id, WorkOrderStatus.PICKED_UP);
        assertThatThrownBy(() -> move(id, WorkOrderStatus.IP)).isInstanceOf(StatusChangeNotAllowed.class);
    }

    @Test
    void theBoardLeavesEndStatesOffAndPutsRushFirstThenNewest() {
        // 03-services §1 R5–R7
        ContactId customer = contact("Board");
        WorkOrderId older = takeIn(repair(customer, "Older", false));
        WorkOrderId rush = takeIn(repair(customer, "Rush job", true));
        WorkOrderId newer = takeIn(repair(customer, "Newer", false));
        WorkOrderId cancelled = takeIn(repair(customer, "Cancelled", false));
        move(cancelled, WorkOrderStatus.CANCELLED);
        List<WorkOrderId> board = as(tenant, () -> workOrders.onBoard(null)).stream().map(WorkOrder::id).toList();
        assertThat(board).doesNotContain(cancelled);
        assertThat(board.indexOf(rush)).isLessThan(board.indexOf(newer));
        assertThat(board.indexOf(newer)).isLessThan(board.indexOf(older));
    }

    @Test
    void stagesAreAddedInOrderAndChanged() {
        // 03-services §0 Stage
        WorkOrderId id = takeIn(repair(contact("Stages"), "Re-set stone", false));
        ContactId setter = contact("Setter");
        long first = as(tenant, () -> addingStage.add(id, new StageDetails("Setting", setter, "sent", null, null,
                new BigDecimal("30.00"), null, "Tighten prongs", null, null)));
        as(tenant, () -> addingStage.add(id, new StageDetails("Polish", null, null, null, null, null, null, null, null, null)));
        as(tenant, () -> {
            changingStage.change(id, first, new StageDetails("Setting", setter, "returned", null, null,
                    new BigDecimal("30.00"), new BigDecimal("28.5"), "Tighten prongs", "1Z999", null));
            return null;
        });
        List<WorkOrder.Stage> stages = read(id).stages();
        assertThat(stages).extracting(WorkOrder.Stage::name).containsExactly("Setting", "Polish");
        assertThat(stages.getFirst().actualCost()).isEqualByComparingTo("28.50");
        assertThat(stages.getFirst().status()).isEqualTo("returned");
    }

    @Test
    void anotherTenantsWorkOrderIsNotFound() {
        // design §5: another tenant's record is absent
        WorkOrderId id = takeIn(repair(contact("Secret"), "Private", false));
        assertThatThrownBy(() -> as(other, () -> workOrders.get(id))).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void changingTheHeaderKeepsTheStatusAndLane() {
        // 03-services §1 R4: only the status places a card
        ContactId customer = contact("Header");
        WorkOrderId id = takeIn(repair(customer, "Clasp", false));
        as(tenant, () -> {
            changing.change(id, new WorkOrderDetails(OrderType.REPAIR, "J", customer, null, null, "New clasp", null, null,
                    new BigDecimal("60"), null, null, null, true, "Out with vendor", "call first"));
            return null;
        });
        WorkOrder job = read(id);
        assertThat(job.description()).isEqualTo("New clasp");
        assertThat(job.rush()).isTrue();
        assertThat(job.status()).isEqualTo(WorkOrderStatus.QN);
    }
}
