package com.jeweltrak.services.copies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.files.OpenedFile;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.pdf.HtmlPdf;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderSignatures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The work order printed for one audience (03-services §9): the same document, each copy leaving out what its reader
 * should not see ({@link Copy}). What a copy may not show is never handed to the template, so no template slip can
 * print it.
 */
@Component
public class WorkOrderCopies {

    static final String TEMPLATE = "services/copies/document";

    /** A stage as printed; hidden fields are null. */
    public record PrintedStage(int position, String name, String status, LocalDate sentDate, LocalDate dueDate,
                               String vendor, String instructions, String trackingNumber, String notes,
                               BigDecimal expectedCost, BigDecimal actualCost) {
    }

    /** The pricing section (R2 "labor, tax, total"). */
    public record Pricing(BigDecimal labor, BigDecimal quoted, BigDecimal tax, BigDecimal total) {
    }

    /** What the template prints; hidden parts are null. */
    public record Printed(String title, com.jeweltrak.platform.pdf.Letterhead store, String number, String orderType, LocalDate intakeDate,
                          LocalDate promisedDate, boolean rush, String item, String status, Letterheads.Party customer,
                          String vendor, String location, String internalNotes, Pricing pricing,
                          List<PrintedStage> stages, boolean showsStageDetails, boolean showsStageCost,
                          LocalDate warrantyExpiresAt, List<PrintedSignature> signatures) {
    }

    /** A signature as printed (§5 R4, R5): the drawn image (a data URI), who signed, on which day, what they signed. */
    public record PrintedSignature(String label, String image, String signerName, LocalDate signedOn, String wording) {
    }

    private final ITemplateEngine templates;
    private final Letterheads letterheads;
    private final Contacts contacts;
    private final Stores stores;
    private final WorkOrderSignatures signatures;
    private final StoredFiles files;

    WorkOrderCopies(ITemplateEngine templates, Letterheads letterheads, Contacts contacts, Stores stores,
                    WorkOrderSignatures signatures, StoredFiles files) {
        this.templates = templates;
        this.letterheads = letterheads;
        this.contacts = contacts;
        this.stores = stores;
        this.signatures = signatures;
        this.files = files;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(WorkOrder job, Copy copy) {
        Context context = new Context(Locale.US);
        context.setVariable("copy", printed(job, copy));
        return HtmlPdf.render(templates.process(TEMPLATE, context));
    }

    /** R5: e.g. WO-142-bench.pdf (inferred naming). */
    public static String fileName(WorkOrder job, Copy copy) {
        return "WO-" + job.numberText() + "-" + copy.value() + ".pdf";
    }

    Printed printed(WorkOrder job, Copy copy) {
        List<PrintedStage> stages = job.stages().stream().map(s -> new PrintedStage(s.position(), s.name(), s.status(),
                s.sentDate(), s.dueDate(), copy.showsSupplyChain() ? name(s.vendor()) : null,
                copy.showsSupplyChain() ? s.instructions() : null, copy.showsSupplyChain() ? s.trackingNumber() : null,
                copy.showsInternalNotes() ? s.notes() : null, copy.showsStageCost() ? s.expectedCost() : null,
                copy.showsStageCost() ? s.actualCost() : null)).toList();
        return new Printed(copy.title(), letterheads.of(job.store()), job.numberText(), job.orderType().label(),
                job.intakeDate(), job.promisedDate(), job.rush(), job.item(), job.status().label(),
                copy.showsCustomer() ? letterheads.party(job.customer()) : null,
                copy.showsSupplyChain() ? name(job.vendor()) : null, copy.showsSupplyChain() ? job.location() : null,
                copy.showsInternalNotes() ? job.internalNotes() : null, copy.showsPricing() ? pricing(job) : null, stages,
                copy.showsSupplyChain(), copy.showsStageCost(), job.hasWarranty() ? job.warrantyExpiresAt() : null,
                copy.showsSignatures() ? signatures(job) : List.of());
    }

    /** §5 R5: intake first, then pickup; the day is the store's (a signature at 11 pm is that evening's). */
    private List<PrintedSignature> signatures(WorkOrder job) {
        ZoneId zone = stores.get(job.store()).timeZone();
        return signatures.of(job.id()).stream().map(s -> {
            OpenedFile image = files.open(s.image());
            String type = image.file().contentType() == null ? "image/png" : image.file().contentType();
            return new PrintedSignature(s.kind().label(), "data:" + type + ";base64,"
                    + Base64.getEncoder().encodeToString(image.bytes()), s.signerName(),
                    LocalDate.ofInstant(s.signedAt(), zone), s.wording());
        }).toList();
    }

    /**
     * Labor is the unit price, the quote the price quoted; the total is the quote when there is one, else the labor,
     * plus tax at the store's rate — an estimate: the invoice made from the job computes the tax that is charged
     * (whether a repair is a taxable service is an open question of the spec).
     */
    private Pricing pricing(WorkOrder job) {
        BigDecimal price = job.priceQuoted() != null ? job.priceQuoted() : job.unitPrice();
        if (price == null) return new Pricing(null, null, null, null);
        Store store = stores.get(job.store());
        BigDecimal rate = store.tax() == null || store.tax().taxRate() == null ? BigDecimal.ZERO : store.tax().taxRate();
        BigDecimal tax = price.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        return new Pricing(job.unitPrice(), job.priceQuoted(), tax, price.setScale(2, RoundingMode.HALF_UP).add(tax));
    }

    private String name(ContactId id) {
        return id == null ? null : contacts.find(id).map(Contact::displayName).orElse(null);
    }
}
