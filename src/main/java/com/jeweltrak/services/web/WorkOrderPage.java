package com.jeweltrak.services.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.quotes.QuoteVersion;
import com.jeweltrak.services.quotes.Quotes;
import com.jeweltrak.services.web.WorkOrderForms.StageForm;
import com.jeweltrak.services.web.WorkOrderForms.StatusForm;
import com.jeweltrak.services.web.WorkOrderForms.WorkOrderForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The work-order detail page as the controllers of its cards share it: which job the person may see (else 404), the
 * page's model (header, status, stages, quote history, warranty) and post/redirect/get with a refusal shown beside its
 * field (422) and every other form of the page filled as it was.
 */
@Component
class WorkOrderPage {

    private final WorkOrders workOrders;
    private final WorkOrderRows rows;
    private final Contacts contacts;
    private final WorkOrderSearchEntries search;
    private final Quotes quotes;
    private final WarrantyView warranty;
    private final java.util.List<WorkOrderCard> cards;
    private final com.jeweltrak.platform.tenancy.Stores stores;

    WorkOrderPage(WorkOrders workOrders, WorkOrderRows rows, Contacts contacts, WorkOrderSearchEntries search,
                  Quotes quotes, WarrantyView warranty, com.jeweltrak.platform.tenancy.Stores stores,
                  java.util.List<WorkOrderCard> cards) {
        this.cards = cards;
        this.stores = stores;
        this.workOrders = workOrders;
        this.rows = rows;
        this.contacts = contacts;
        this.search = search;
        this.quotes = quotes;
        this.warranty = warranty;
    }

    /** The job if it exists for this tenant and lies in a store the person may access; else 404. */
    WorkOrder visible(long id) {
        WorkOrder job = workOrders.get(new WorkOrderId(id));
        if (!CurrentUser.require().mayAccess(job.store())) throw new RecordNotFound("Work order", id);
        return job;
    }

    /** Runs the action and redirects to the job; a refused rule shows the page again with the message (422). */
    String act(WorkOrder job, BindingResult result, HttpServletResponse response, Model model, Runnable action) {
        try {
            action.run();
            search.reindex(job.id());
            return "redirect:/services/work-orders/" + job.id();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return render(workOrders.get(job.id()), model);
        }
    }

    /** The detail page; forms already in the model (one coming back with errors) are kept. */
    String render(WorkOrder job, Model model) {
        if (!model.containsAttribute("workOrderForm")) model.addAttribute("workOrderForm", WorkOrderForm.of(job));
        if (!model.containsAttribute("statusForm")) model.addAttribute("statusForm", new StatusForm(job.status().value()));
        if (!model.containsAttribute("stageForm")) model.addAttribute("stageForm", StageForm.blank());
        if (!model.containsAttribute("quoteForm")) model.addAttribute("quoteForm", new WorkOrderForms.QuoteForm(null, null));
        if (!model.containsAttribute("quoteEmailForm")) model.addAttribute("quoteEmailForm", new WorkOrderForms.EmailForm(null));
        model.addAttribute("job", job);
        model.addAttribute("row", rows.row(job.id().value()));
        if (!model.containsAttribute("customerName")) model.addAttribute("customerName", name(job.customer()));
        if (!model.containsAttribute("vendorName")) model.addAttribute("vendorName", name(job.vendor()));
        Map<String, String> next = new LinkedHashMap<>();
        next.put(job.status().value(), job.status().label());
        for (WorkOrderStatus s : job.status().next(job.orderType())) next.put(s.value(), s.label());
        model.addAttribute("nextStatuses", next);
        Map<Long, String> stageVendors = new LinkedHashMap<>();
        job.stages().forEach(s -> stageVendors.put(s.id(), name(s.vendor())));
        model.addAttribute("stageVendors", stageVendors);
        // the vendor picked on a refused "Add a stage" is shown by name, not lost
        if (model.getAttribute("stageForm") instanceof WorkOrderForms.StageForm typed && typed.vendorId() != null) {
            model.addAttribute("stageVendorName", name(new ContactId(typed.vendorId())));
        }
        // 03-services §4 R1, R4: the Quote History card, on custom and production jobs only
        boolean quoted = job.orderType() != OrderType.REPAIR;
        model.addAttribute("quoteCard", quoted);
        List<QuoteVersion> versions = quoted ? quotes.of(job.id()) : List.of();
        model.addAttribute("quoteVersions", versions.reversed());
        model.addAttribute("quoteLocked", !versions.isEmpty());
        model.addAttribute("storeZone", stores.get(job.store()).timeZone()); // when a version was saved, in the store's time
        model.addAttribute("currentQuote", versions.isEmpty() || job.priceQuoted() == null ? null
                : "Current quote " + WorkOrderForms.dollars(job.priceQuoted()) + " (v" + versions.getLast().version() + ")");
        warranty.describe(job, model);
        cards.forEach(card -> card.addTo(job, model));
        options(model);
        return "services/work-order";
    }

    String name(ContactId id) {
        return id == null ? null : contacts.find(id).map(Contact::displayName).orElse(null);
    }

    void options(Model model) {
        Map<String, String> types = new LinkedHashMap<>();
        Arrays.stream(OrderType.values()).forEach(t -> types.put(t.value(), t.label()));
        model.addAttribute("orderTypes", types);
        model.addAttribute("stockTypes", Map.of("", "—", "J", "Jewelry", "W", "Watch", "S", "Loose stone"));
        Map<String, String> stageStatuses = new LinkedHashMap<>();
        for (String s : List.of("pending", "sent", "returned", "done")) stageStatuses.put(s, s.substring(0, 1).toUpperCase() + s.substring(1));
        model.addAttribute("stageStatuses", stageStatuses);
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        model.addAttribute("vendorRole", ContactRole.VENDOR);
    }
}
