package com.jeweltrak.services.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.AddingAStage;
import com.jeweltrak.services.ChangingAStage;
import com.jeweltrak.services.ChangingAWorkOrder;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.Lane;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.templates.JobTemplate;
import com.jeweltrak.services.templates.JobTemplateId;
import com.jeweltrak.services.templates.JobTemplates;
import com.jeweltrak.services.templates.TakingInFromATemplate;
import com.jeweltrak.services.warranty.OpeningAWarrantyRedo;
import com.jeweltrak.services.warranty.WarrantyWindow;
import com.jeweltrak.platform.tenancy.Stores;
import java.time.Clock;
import com.jeweltrak.services.web.WorkOrderForms.StageForm;
import com.jeweltrak.services.web.WorkOrderForms.StatusForm;
import com.jeweltrak.services.web.WorkOrderForms.WorkOrderForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Services → Work orders (03-services §1): the Board (three lanes and On Hold, refreshed by polling its fragment) or
 * the List, whichever the person chose last (R1); intake — blank, from a job template (§8) or as a warranty redo
 * (§10) —; the detail page with its header, status control and stages ({@link WorkOrderPage} renders it).
 */
@Controller
@RequestMapping("/services")
class WorkOrdersController {

    private final WorkOrders workOrders;
    private final WorkOrderRows rows;
    private final WorkOrderViewPreference views;
    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final TakingInAWorkOrder takingIn;
    private final ChangingAWorkOrder changing;
    private final ChangingTheStatus changingStatus;
    private final AddingAStage addingStage;
    private final ChangingAStage changingStage;
    private final Contacts contacts;
    private final WorkOrderSearchEntries search;
    private final WorkOrderPage page;
    private final OpeningAWarrantyRedo redo;
    private final WarrantyWindow window;
    private final JobTemplates templates;
    private final TakingInFromATemplate fromTemplate;
    private final Stores stores;
    private final Clock clock;

    WorkOrdersController(WorkOrders workOrders, WorkOrderRows rows, WorkOrderViewPreference views, ListDefinitions lists,
                         ListRendering listRendering, TakingInAWorkOrder takingIn, ChangingAWorkOrder changing,
                         ChangingTheStatus changingStatus, AddingAStage addingStage, ChangingAStage changingStage,
                         Contacts contacts, WorkOrderSearchEntries search, JobTemplates templates,
                         TakingInFromATemplate fromTemplate, Stores stores, Clock clock, WorkOrderPage page,
                         OpeningAWarrantyRedo redo, WarrantyWindow window) {
        this.page = page;
        this.redo = redo;
        this.window = window;
        this.templates = templates;
        this.fromTemplate = fromTemplate;
        this.stores = stores;
        this.clock = clock;
        this.workOrders = workOrders;
        this.rows = rows;
        this.views = views;
        this.lists = lists;
        this.listRendering = listRendering;
        this.takingIn = takingIn;
        this.changing = changing;
        this.changingStatus = changingStatus;
        this.addingStage = addingStage;
        this.changingStage = changingStage;
        this.contacts = contacts;
        this.search = search;
    }

    /** The Services section opens on the work orders (lights the navigation entry up). */
    @GetMapping
    @PreAuthorize(WorkOrderPermissions.VIEW)
    String section() {
        return "redirect:/services/work-orders";
    }

    /**
     * §1 R1: {@code ?view=board|list} switches and is remembered; a filtered or searched address ({@code ?stockType=S},
     * R12) and the list's own htmx requests are the List; otherwise the person's last choice.
     */
    @GetMapping("/work-orders")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    String index(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        CurrentUser me = CurrentUser.require();
        String view = params.getFirst("view");
        if (WorkOrderViewPreference.BOARD.equals(view) || WorkOrderViewPreference.LIST.equals(view)) {
            views.choose(me.id(), view);
        } else if (request.getHeader("HX-Request") != null || !params.isEmpty()) {
            view = WorkOrderViewPreference.LIST;
        } else {
            view = views.of(me.id());
        }
        model.addAttribute("view", view);
        // "New from template" (§8): the active templates, each one click away from a filled intake form
        model.addAttribute("intakeTemplates", me.can("Repairs.Create") ? templates.forIntake(null) : List.of());
        if (WorkOrderViewPreference.LIST.equals(view)) {
            params.remove("view");
            return listRendering.page(lists.forCurrentUser(WorkOrdersList.KEY), params, request, model, "services/work-orders");
        }
        board(model);
        return "services/work-orders";
    }

    /** The board's lanes alone: the page polls this every 30 s, so a card moved elsewhere shows without a reload. */
    @GetMapping("/work-orders/board")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    String boardFragment(Model model) {
        board(model);
        return "services/board :: lanes";
    }

    private void board(Model model) {
        Map<Lane, List<WorkOrderRow>> lanes = new LinkedHashMap<>();
        for (Lane lane : List.of(Lane.IN_SHOP, Lane.IN_PROGRESS, Lane.READY_FOR_PICKUP, Lane.ON_HOLD)) lanes.put(lane, new java.util.ArrayList<>());
        // rows come in board order already (rush first, then newest: §1 R7), so each lane keeps it
        for (WorkOrderRow row : rows.board()) lanes.get(row.status().lane()).add(row);
        model.addAttribute("lanes", lanes);
    }

    /**
     * The intake form, blank or (§8 R5) filled from {@code ?template=}: "New from template" on the work orders page and
     * the "Start from a template" picker both come here. Another tenant's template is a 404.
     */
    @GetMapping("/work-orders/new")
    @PreAuthorize(WorkOrderPermissions.CREATE)
    String newForm(@RequestParam(required = false) Long template, @RequestParam(required = false) Long warrantyOf,
                   Model model) {
        if (warrantyOf != null) {
            WorkOrder original = page.visible(warrantyOf);
            WarrantyWindow.Standing standing = redoBanner(original, model);
            model.addAttribute("workOrderForm", WorkOrderForm.redoOf(original, standing.inside()));
            model.addAttribute("customerName", page.name(original.customer()));
        } else if (template != null) {
            JobTemplate t = templates.get(new JobTemplateId(template));
            model.addAttribute("workOrderForm", WorkOrderForm.fromTemplate(t, today()));
            model.addAttribute("templateName", t.name());
        } else {
            model.addAttribute("workOrderForm", WorkOrderForm.blank());
        }
        return intakePage(model);
    }

    /**
     * §10 R7: green banner inside the window (the original and its expiry), amber once it has passed; red with the
     * reason when the job may not be redone at all (saving is then refused with that reason).
     */
    private WarrantyWindow.Standing redoBanner(WorkOrder original, Model model) {
        WarrantyWindow.Standing standing = window.of(original);
        model.addAttribute("redoOriginal", original);
        model.addAttribute("redoStanding", standing);
        return standing;
    }

    private java.time.LocalDate today() {
        CurrentUser.StoreChoice store = CurrentUser.require().currentStore();
        java.time.ZoneId zone = store == null ? java.time.ZoneId.systemDefault() : stores.get(store.id()).timeZone();
        return java.time.LocalDate.now(clock.withZone(zone));
    }

    @PostMapping("/work-orders")
    @PreAuthorize(WorkOrderPermissions.CREATE)
    String takeIn(@ModelAttribute("workOrderForm") WorkOrderForm form, BindingResult result, HttpServletResponse response,
                  Model model) {
        CurrentUser.StoreChoice store = CurrentUser.require().currentStore();
        try {
            if (store == null) throw new BusinessRuleViolated("Choose the store you work in first (the store switcher at the top).");
            WorkOrderId id;
            if (form.warrantyOf() != null) {
                id = redo.open(page.visible(form.warrantyOf()).id(), store.id(), form.details());
            } else if (form.templateId() != null) {
                id = fromTemplate.takeIn(store.id(), form.details(), form.warranty(), new JobTemplateId(form.templateId()));
            } else {
                id = takingIn.takeIn(store.id(), form.details(), form.warranty());
            }
            search.reindex(id);
            return "redirect:/services/work-orders/" + id;
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            if (form.warrantyOf() != null) redoBanner(page.visible(form.warrantyOf()), model);
            model.addAttribute("customerName", page.name(chosen(form.newCustomerId(), form.customerId())));
            model.addAttribute("vendorName", page.name(chosen(form.newVendorId(), form.vendorId())));
            return intakePage(model);
        }
    }

    private String intakePage(Model model) {
        // §8 R6: the picker lists the active templates of the form's job type and those for Any
        WorkOrderForm form = (WorkOrderForm) model.getAttribute("workOrderForm");
        OrderType type = form == null || form.orderType() == null ? null : safeType(form.orderType());
        model.addAttribute("templates", templates.forIntake(type));
        page.options(model);
        return "services/new-work-order";
    }

    @GetMapping("/work-orders/{id}")
    @PreAuthorize(WorkOrderPermissions.VIEW)
    String show(@PathVariable long id, Model model) {
        WorkOrder job = page.visible(id);
        return page.render(job, model);
    }

    @PostMapping("/work-orders/{id}")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String change(@PathVariable long id, @ModelAttribute("workOrderForm") WorkOrderForm form, BindingResult result,
                  HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        String outcome = page.act(job, result, response, model, () -> changing.change(job.id(), form.details(), form.warranty()));
        if (result.hasErrors()) {
            model.addAttribute("customerName", page.name(chosen(form.newCustomerId(), form.customerId())));
            model.addAttribute("vendorName", page.name(chosen(form.newVendorId(), form.vendorId())));
        }
        return outcome;
    }

    @PostMapping("/work-orders/{id}/status")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String status(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, BindingResult result,
                  HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        return page.act(job, result, response, model, () -> {
            WorkOrderStatus target;
            try {
                target = WorkOrderStatus.of(form.status());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BusinessRuleViolated("status", "Choose a status.");
            }
            changingStatus.change(job.id(), target);
        });
    }

    @PostMapping("/work-orders/{id}/stages")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String addStage(@PathVariable long id, @ModelAttribute("stageForm") StageForm typed, BindingResult result,
                    @org.springframework.web.bind.annotation.RequestParam(required = false) Long newVendorId,
                    HttpServletResponse response, Model model) {
        WorkOrder job = page.visible(id);
        StageForm form = typed.withVendor(newVendorId);
        model.addAttribute("stageForm", form);
        return page.act(job, result, response, model, () -> addingStage.add(job.id(), form.details()));
    }

    @PostMapping("/work-orders/{id}/stages/{stageId}")
    @PreAuthorize(WorkOrderPermissions.EDIT)
    String changeStage(@PathVariable long id, @PathVariable long stageId, @ModelAttribute("stageForm") StageForm typed,
                       BindingResult result, @org.springframework.web.bind.annotation.RequestParam(required = false) Long newVendorId,
                       HttpServletResponse response, Model model) {
        StageForm form = typed.withVendor(newVendorId);
        WorkOrder job = page.visible(id);
        if (job.stages().stream().noneMatch(s -> s.id() == stageId)) throw new RecordNotFound("Stage", stageId);
        model.addAttribute("editedStage", stageId);
        return page.act(job, result, response, model, () -> changingStage.change(job.id(), stageId, form.details()));
    }

    private static OrderType safeType(String value) {
        try {
            return OrderType.of(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static com.jeweltrak.contacts.ContactId chosen(Long picked, Long current) {
        Long id = picked != null ? picked : current;
        return id == null ? null : new com.jeweltrak.contacts.ContactId(id);
    }

}
