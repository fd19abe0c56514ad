package com.jeweltrak.services.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.features.Feature;
import com.jeweltrak.platform.features.Features;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.messages.MessageChannel;
import com.jeweltrak.services.messages.MessageTemplates;
import com.jeweltrak.services.messages.SavingAMessageTemplate;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Custom Build Messages and Settings → Repair Messages (10-settings): every working status with its Email
 * and SMS slot, token help, Save and Reset to default; edited by tenant admins (R12). Repair Messages is "not
 * available" while Job Automation is off (Repair messages R1).
 */
@Controller
class MessageTemplatesController {

    record TemplateForm(String status, String channel, String subject, String body) {
    }

    private final MessageTemplates templates;
    private final SavingAMessageTemplate saving;
    private final Features features;

    MessageTemplatesController(MessageTemplates templates, SavingAMessageTemplate saving, Features features) {
        this.templates = templates;
        this.saving = saving;
        this.features = features;
    }

    @GetMapping("/settings/custom-build-messages")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    String custom(Model model) {
        return page(OrderType.CUSTOM, model);
    }

    @GetMapping("/settings/repair-messages")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    String repair(Model model) {
        return page(OrderType.REPAIR, model);
    }

    @PostMapping("/settings/custom-build-messages")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    String saveCustom(@ModelAttribute("templateForm") TemplateForm form, BindingResult result, HttpServletResponse response,
                      Model model, RedirectAttributes flash) {
        return save(OrderType.CUSTOM, form, result, response, model, flash, false);
    }

    @PostMapping("/settings/repair-messages")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    String saveRepair(@ModelAttribute("templateForm") TemplateForm form, BindingResult result, HttpServletResponse response,
                      Model model, RedirectAttributes flash) {
        return save(OrderType.REPAIR, form, result, response, model, flash, false);
    }

    @PostMapping("/settings/custom-build-messages/reset")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    String resetCustom(@ModelAttribute("templateForm") TemplateForm form, BindingResult result, HttpServletResponse response,
                       Model model, RedirectAttributes flash) {
        return save(OrderType.CUSTOM, form, result, response, model, flash, true);
    }

    @PostMapping("/settings/repair-messages/reset")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    String resetRepair(@ModelAttribute("templateForm") TemplateForm form, BindingResult result, HttpServletResponse response,
                       Model model, RedirectAttributes flash) {
        return save(OrderType.REPAIR, form, result, response, model, flash, true);
    }

    private String save(OrderType kind, TemplateForm form, BindingResult result, HttpServletResponse response, Model model,
                        RedirectAttributes flash, boolean reset) {
        try {
            WorkOrderStatus status = status(form.status());
            MessageChannel channel = WorkOrderMessagesController.channel(form.channel());
            if (reset) saving.reset(kind, status, channel);
            else saving.save(kind, status, channel, form.subject(), form.body());
            flash.addFlashAttribute("flash", (status == null ? "" : status.label()) + " " + (channel == null ? "" : channel.name())
                    + (reset ? " message is back to the default." : " message saved."));
            return "redirect:" + path(kind);
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return page(kind, model);
        }
    }

    private String page(OrderType kind, Model model) {
        boolean available = kind == OrderType.CUSTOM || features.on(Feature.JOB_AUTOMATION);
        model.addAttribute("available", available);
        model.addAttribute("kindLabel", kind == OrderType.CUSTOM ? "Custom Build Messages" : "Repair Messages");
        model.addAttribute("path", path(kind));
        model.addAttribute("templates", available ? templates.all(kind) : java.util.List.of());
        model.addAttribute("tokens", MessageTemplates.TOKENS.stream().sorted().map(t -> "{" + t + "}").toList());
        if (!model.containsAttribute("templateForm")) model.addAttribute("templateForm", new TemplateForm(null, null, null, null));
        return "services/message-templates";
    }

    private static String path(OrderType kind) {
        return kind == OrderType.CUSTOM ? "/settings/custom-build-messages" : "/settings/repair-messages";
    }

    private static WorkOrderStatus status(String text) {
        try {
            return text == null ? null : WorkOrderStatus.of(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
