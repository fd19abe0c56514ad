package com.jeweltrak.services.stones.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.OutForService;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.stones.ReturningAStone;
import com.jeweltrak.services.stones.SendingAStoneOut;
import com.jeweltrak.services.stones.StoneService;
import com.jeweltrak.services.stones.StoneServiceKind;
import com.jeweltrak.services.stones.StoneServices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stone services on pages (03-services §11): the item page's Service tab with Send Out for Service (R1–R4; the new job
 * opens next), the stone card on a stone job's page with Stone returned (R6), and the old address (R7). A refusal shows
 * the form again on a page of its own with the message beside the field (422), nothing typed lost.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class StoneServicesController {

    private final Items items;
    private final WorkOrders workOrders;
    private final StoneServices stoneServices;
    private final OutForService outForService;
    private final SendingAStoneOut sending;
    private final ReturningAStone returning;
    private final Stores stores;
    private final Clock clock;

    StoneServicesController(Items items, WorkOrders workOrders, StoneServices stoneServices, OutForService outForService,
                            SendingAStoneOut sending, ReturningAStone returning, Stores stores, Clock clock) {
        this.items = items;
        this.workOrders = workOrders;
        this.stoneServices = stoneServices;
        this.outForService = outForService;
        this.sending = sending;
        this.returning = returning;
        this.stores = stores;
        this.clock = clock;
    }

    /** R7: the old address lists the stone jobs. */
    @GetMapping("/stone-services")
    @PreAuthorize("hasAuthority('Repairs.View')")
    String list() {
        return "redirect:/services/work-orders?stockType=S";
    }

    @GetMapping("/stone-services/items/{itemId}")
    @PreAuthorize("hasAuthority('Repairs.View')")
    String tab(@PathVariable long itemId, HttpServletRequest request, Model model) {
        Item stone = visibleStone(itemId);
        model.addAttribute("sendOutForm", StoneServiceForms.SendOutForm.blank(today(stone)));
        return render(stone, model, request.getHeader("HX-Request") != null ? "services/stones/tab :: tab" : "services/stones/send-out");
    }

    /** R2–R4: the job is made and opens next. */
    @PostMapping("/stone-services/items/{itemId}")
    @PreAuthorize("hasAuthority('Repairs.Create')")
    String send(@PathVariable long itemId, @ModelAttribute("sendOutForm") StoneServiceForms.SendOutForm form,
                BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Item stone = visibleStone(itemId);
        try {
            WorkOrderId job = sending.send(stone.id(), form.toSendOut());
            redirect.addFlashAttribute("flash", "StockID " + stone.stockId() + " is out for service.");
            return "redirect:/services/work-orders/" + job.value();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return render(stone, model, "services/stones/send-out");
        }
    }

    /** The stone card of a stone job (loaded into the job's page); empty for any other job. */
    @GetMapping("/stone-services/work-orders/{id}")
    @PreAuthorize("hasAuthority('Repairs.View')")
    String card(@PathVariable long id, Model model) {
        WorkOrder job = visibleJob(id);
        model.addAttribute("returnForm", StoneServiceForms.ReturnForm.blank());
        return card(job, model, "services/stones/card :: card");
    }

    /** R6: Stone returned. */
    @PostMapping("/stone-services/work-orders/{id}/return")
    @PreAuthorize("hasAuthority('Repairs.Edit')")
    String giveBack(@PathVariable long id, @ModelAttribute("returnForm") StoneServiceForms.ReturnForm form,
                    BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        WorkOrder job = visibleJob(id);
        if (stoneServices.ofWorkOrder(job.id()).isEmpty()) throw new RecordNotFound("Stone service", id);
        try {
            returning.receive(job.id(), StoneServiceForms.decimal("newCaratWeight", form.newCaratWeight()),
                    StoneServiceForms.decimal("actualCost", form.actualCost()));
            redirect.addFlashAttribute("flash", "The stone is back in the store.");
            return "redirect:/services/work-orders/" + id;
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return card(workOrders.get(job.id()), model, "services/stones/return");
        }
    }

    private String render(Item stone, Model model, String view) {
        model.addAttribute("item", stone);
        model.addAttribute("outNow", outForService.isOut(stone.id()));
        model.addAttribute("looseStone", OutForService.isLooseStone(stone.family()));
        List<StoneService> jobs = stoneServices.ofItem(stone.id());
        Map<Long, String> numbers = new LinkedHashMap<>();
        for (StoneService s : jobs) workOrders.find(s.workOrder()).ifPresent(w -> numbers.put(s.workOrder().value(), w.numberText()));
        model.addAttribute("stoneJobs", jobs);
        model.addAttribute("jobNumbers", numbers);
        model.addAttribute("services", Arrays.stream(StoneServiceKind.values())
                .collect(java.util.stream.Collectors.toMap(StoneServiceKind::value, StoneServiceKind::label, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("vendorRole", ContactRole.VENDOR);
        model.addAttribute("mayCreate", CurrentUser.require().can("Repairs.Create"));
        return view;
    }

    private String card(WorkOrder job, Model model, String view) {
        model.addAttribute("job", job);
        var service = stoneServices.ofWorkOrder(job.id());
        model.addAttribute("stoneService", service.orElse(null));
        model.addAttribute("stone", service.flatMap(s -> items.find(s.item())).orElse(null));
        model.addAttribute("mayEdit", CurrentUser.require().can("Repairs.Edit"));
        return view;
    }

    private Item visibleStone(long itemId) {
        Item item = items.find(new ItemId(itemId))
                .filter(i -> CurrentUser.require().mayAccess(i.store()) && CurrentUser.require().can(i.family().permission("View")))
                .orElseThrow(() -> new RecordNotFound("Item", itemId));
        return item;
    }

    private WorkOrder visibleJob(long id) {
        WorkOrder job = workOrders.find(new WorkOrderId(id)).orElseThrow(() -> new RecordNotFound("Work order", id));
        if (!CurrentUser.require().mayAccess(job.store())) throw new RecordNotFound("Work order", id);
        return job;
    }

    private LocalDate today(Item stone) {
        return LocalDate.now(clock.withZone(stores.get(stone.store()).timeZone()));
    }
}
