package com.jeweltrak.services.copies;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactChannel;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.AddingAStage;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.StageDetails;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three audience copies (03-services §9 R2–R4): one job with everything filled, printed three times; each copy's
 * text is read back from the PDF and checked for what it must show and what it must not.
 */
@IntegrationTest
class WorkOrderCopiesTests {

    static TestTenants.Tenant tenant;
    static WorkOrderId job;

    static final String CUSTOMER = "Winifred Copyton";
    static final String STREET = "12 Garnet Lane";
    static final String PHONE = "555-0142";
    static final String NOTES = "STAFF ONLY: customer haggled hard";
    static final String SOLDER_VENDOR = "Solder Brothers";
    static final String SETTER_VENDOR = "Setter Supply";
    static final String INSTRUCTIONS = "Use 14K yellow solder";
    static final String TRACKING = "1Z999AA10123456784";

    @Autowired WorkOrderCopies copies;
    @Autowired WorkOrders workOrders;

    @BeforeAll
    static void makeTheJob(@Autowired TestTenants tenants, @Autowired EditingContacts contacts,
                           @Autowired TakingInAWorkOrder takingIn, @Autowired AddingAStage stages,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("work-order-copies");
        Supplier<WorkOrderId> make = () -> transactions.execute(s -> {
            ContactId customer = contacts.add(Contact.draft(new Contact.Name("Winifred", "Copyton", null, null),
                    Set.of(ContactRole.CUSTOMER), new Contact.Reach("win@example.com", null, PHONE, null, null, null, ContactChannel.EMAIL),
                    new Contact.Address(STREET, null, "Springfield", "IL", "62701", "US"), null, null, null, null, false, false, null, null));
            ContactId solder = contacts.add(Contact.draft(new Contact.Name(null, null, SOLDER_VENDOR, null), Set.of(ContactRole.VENDOR),
                    null, null, null, null, null, null, false, false, null, null));
            ContactId setter = contacts.add(Contact.draft(new Contact.Name(null, null, SETTER_VENDOR, null), Set.of(ContactRole.VENDOR),
                    null, null, null, null, null, null, false, false, null, null));
            WorkOrderId id = takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.REPAIR, "J", customer, null, null,
                    "Solder broken rope chain", null, null, new BigDecimal("85.00"), null, LocalDate.of(2026, 11, 20),
                    null, true, "Bench 2", NOTES));
            stages.add(id, new StageDetails("Soldering", solder, "done", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21),
                    new BigDecimal("23.45"), new BigDecimal("31.17"), INSTRUCTIONS, TRACKING, null));
            stages.add(id, new StageDetails("Setting", setter, "sent", LocalDate.of(2026, 11, 21), null,
                    new BigDecimal("47.89"), null, null, null, null));
            return id;
        });
        job = TenantContext.callAs(tenant.id(), tenant.owner().id(), make);
    }

    private String print(Copy copy) throws IOException {
        WorkOrder read = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> workOrders.get(job));
        byte[] pdf = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> copies.pdf(read, copy));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    // 03-services §9 R1, R2: the counter copy is the full work order
    @Test
    void theCounterCopyShowsEverything() throws IOException {
        String text = print(Copy.COUNTER);
        assertThat(text).contains(CUSTOMER, STREET, PHONE, "$85.00", "Total", NOTES, SOLDER_VENDOR, SETTER_VENDOR,
                INSTRUCTIONS, TRACKING, "23.45", "31.17", "47.89", "Step 1: Soldering", "Step 2: Setting");
    }

    // 03-services §9 R3: the counter copy's title has no suffix (inferred)
    @Test
    void theCounterCopyTitleHasNoSuffix() throws IOException {
        assertThat(print(Copy.COUNTER)).contains("WORK ORDER").doesNotContain("BENCH COPY").doesNotContain("CUSTOMER COPY");
    }

    // 03-services §9 R2, R4: the bench never sees who the customer is
    @Test
    void theBenchCopyHidesTheCustomersNameAddressAndPhone() throws IOException {
        assertThat(print(Copy.BENCH)).doesNotContain(CUSTOMER).doesNotContain("Copyton").doesNotContain(STREET)
                .doesNotContain(PHONE).doesNotContain("win@example.com");
    }

    // 03-services §9 R2, R4: the bench sees no pricing and no vendor's cost (one vendor must not see another's pay)
    @Test
    void theBenchCopyHidesPricesAndStageCosts() throws IOException {
        assertThat(print(Copy.BENCH)).doesNotContain("85.00").doesNotContain("Total").doesNotContain("23.45")
                .doesNotContain("31.17").doesNotContain("47.89");
    }

    // 03-services §9 R2: the bench works from the notes, stages, vendors, instructions and tracking
    @Test
    void theBenchCopyShowsNotesStagesVendorsInstructionsAndTracking() throws IOException {
        assertThat(print(Copy.BENCH)).contains(NOTES, "Step 1: Soldering", "done", SOLDER_VENDOR, SETTER_VENDOR,
                INSTRUCTIONS, TRACKING, "Solder broken rope chain");
    }

    // 03-services §9 R3: "WORK ORDER — BENCH COPY"
    @Test
    void theBenchCopyIsTitledBenchCopy() throws IOException {
        assertThat(print(Copy.BENCH)).contains("WORK ORDER — BENCH COPY");
    }

    // 03-services §9 R2, R4: the customer never sees staff notes
    @Test
    void theCustomerCopyHidesInternalNotes() throws IOException {
        assertThat(print(Copy.CUSTOMER)).doesNotContain(NOTES).doesNotContain("haggled");
    }

    // 03-services §9 R2, R4: the customer sees the steps, not the supply chain or the margins
    @Test
    void theCustomerCopyHidesVendorsCostsInstructionsAndTracking() throws IOException {
        assertThat(print(Copy.CUSTOMER)).doesNotContain(SOLDER_VENDOR).doesNotContain(SETTER_VENDOR)
                .doesNotContain(INSTRUCTIONS).doesNotContain(TRACKING).doesNotContain("23.45").doesNotContain("31.17")
                .doesNotContain("47.89").doesNotContain("Bench 2");
    }

    // 03-services §9 R2 and worked example: the customer copy shows their details, the price and "Step 1: Soldering — done"
    @Test
    void theCustomerCopyShowsTheCustomerThePriceAndTheSteps() throws IOException {
        String text = print(Copy.CUSTOMER);
        assertThat(text).contains(CUSTOMER, STREET, PHONE, "$85.00", "Total", "Step 1: Soldering", "done",
                "Step 2: Setting", "WORK ORDER — CUSTOMER COPY");
    }
}
