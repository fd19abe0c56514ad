package com.jeweltrak.services.appraisals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.stereotype.Component;

/**
 * The demo's appraisals (03-services §13): an insurance appraisal of an engagement set (finalized), its revision after
 * a new piece was added (a draft: R6), an estate appraisal of a grandmother's jewelry (finalized) and a resale draft.
 * Made through the use cases, for customers of the contacts demo; no stock moves (R1).
 */
@Component
class AppraisalDemoData implements DemoDataContributor {

    private final Contacts contacts;
    private final OpeningAnAppraisal opening;
    private final AddingAnAppraisalItem adding;
    private final FinalizingAnAppraisal finalizing;
    private final RevisingAnAppraisal revising;
    private final Clock clock;

    AppraisalDemoData(Contacts contacts, OpeningAnAppraisal opening, AddingAnAppraisalItem adding,
                      FinalizingAnAppraisal finalizing, RevisingAnAppraisal revising, Clock clock) {
        this.contacts = contacts;
        this.opening = opening;
        this.adding = adding;
        this.finalizing = finalizing;
        this.revising = revising;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 450; // after contacts (100)
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        if (size == DemoSize.NONE) return;
        List<Contact> customers = contacts.pick(ContactRole.CUSTOMER, null, false, 10);
        if (customers.size() < 3) return;
        StoreId store = tenant.stores().getFirst();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));

        AppraisalId insurance = open(store, customers.get(0), AppraisalPurpose.INSURANCE, today.minusDays(60),
                "Engagement set for the customer's homeowner's policy rider.");
        item(insurance, "Ladies' diamond solitaire engagement ring, six-prong head", "Platinum 950", "4.8 g",
                "1 round brilliant diamond, 1.21 ct, F, VS2, GIA 2211-4432", "PT950, maker's mark", "Excellent", "14500");
        item(insurance, "Matching diamond wedding band, shared-prong set", "Platinum 950", "3.1 g",
                "11 round brilliant diamonds, 0.44 ctw, G-H, VS-SI", "PT950", "Very good", "3200");
        finalizing.finalizeIt(insurance);
        AppraisalId revision = revising.revise(insurance);
        item(revision, "Diamond stud earrings, four-prong martini settings", "14K white gold", "1.9 g",
                "2 round brilliant diamonds, 1.00 ctw, G, SI1", "14K", "New", "4800");

        AppraisalId estate = open(store, customers.get(1), AppraisalPurpose.ESTATE, today.minusDays(20),
                "Estate of the late Margaret Doyle; pieces presented by the executor.");
        item(estate, "Victorian cameo brooch, carved shell in rope-twist frame", "10K yellow gold", "9.6 g", null,
                "none visible", "Good; minor wear to the frame", "650");
        item(estate, "Cultured pearl necklace, single strand, 18 in.", "14K yellow gold clasp", "32.0 g",
                "Akoya pearls 7.0-7.5 mm, good luster", "14K on clasp", "Good; restring advised", "900");
        item(estate, "Gentleman's pocket watch, open face, Elgin", "Gold filled", "88 g", null, "Elgin, serial 1234567",
                "Running; crystal scratched", "450");
        finalizing.finalizeIt(estate);

        AppraisalId resale = open(store, customers.get(2), AppraisalPurpose.RESALE, today.minusDays(3),
                "Customer considering selling; verbal value given, written appraisal on request.");
        item(resale, "Tennis bracelet, 7 in.", "14K white gold", "10.4 g", "48 round diamonds, 3.00 ctw, H-I, SI2",
                "14K", "Very good", "3900");
    }

    private AppraisalId open(StoreId store, Contact customer, AppraisalPurpose purpose, LocalDate date, String notes) {
        return opening.open(new OpeningAnAppraisal.Request(store, customer.id(), purpose, date, notes, "Dana Whitfield",
                "Graduate Gemologist (GIA)"));
    }

    private void item(AppraisalId id, String description, String metal, String weight, String stones, String marks,
                      String condition, String value) {
        adding.add(id, new AddingAnAppraisalItem.Request(description, metal, weight, stones, marks, condition,
                new BigDecimal(value)));
    }
}
