package com.jeweltrak.services.templates.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.templates.AddingAJobTemplate;
import com.jeweltrak.services.templates.ChangingAJobTemplate;
import com.jeweltrak.services.templates.JobTemplate;
import com.jeweltrak.services.templates.JobTemplateId;
import com.jeweltrak.services.templates.JobTemplates;
import com.jeweltrak.services.templates.RemovingAJobTemplate;
import com.jeweltrak.services.templates.SeedingTheStandardTemplates;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Job templates (03-services §8 R2): the list, create, edit and delete, for those who may manage users
 * (CanManageUsers, as the spec says). Post/redirect/get; a refused rule is shown beside its field with everything
 * typed kept (422).
 */
@Controller
@RequestMapping("/settings/job-templates")
@PreAuthorize("hasAuthority('CanManageUsers')")
class JobTemplatesController {

    private final JobTemplates templates;
    private final AddingAJobTemplate adding;
    private final ChangingAJobTemplate changing;
    private final RemovingAJobTemplate removing;
    private final SeedingTheStandardTemplates seeding;
    private final Contacts contacts;

    JobTemplatesController(JobTemplates templates, AddingAJobTemplate adding, ChangingAJobTemplate changing,
                           RemovingAJobTemplate removing, SeedingTheStandardTemplates seeding, Contacts contacts) {
        this.templates = templates;
        this.adding = adding;
        this.changing = changing;
        this.removing = removing;
        this.seeding = seeding;
        this.contacts = contacts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "services/templates/job-templates";
    }

    /** §8 R3: the standard set, for a tenant that has none of them yet (or deleted some); names it has are kept. */
    @PostMapping("/standard")
    String standard(RedirectAttributes flash) {
        int added = seeding.seed();
        flash.addFlashAttribute("flash", added == 0 ? "You have every standard template already."
                : "Added " + added + " standard template" + (added == 1 ? "" : "s") + ".");
        return "redirect:/settings/job-templates";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("jobTemplateForm", JobTemplateForm.blank());
        return editor(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("jobTemplateForm") JobTemplateForm form, BindingResult result,
                  HttpServletResponse response, Model model, RedirectAttributes flash) {
        try {
            adding.add(form.details());
            flash.addFlashAttribute("flash", "Template " + form.name().strip() + " saved.");
            return "redirect:/settings/job-templates";
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return editor(null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        JobTemplate t = templates.get(new JobTemplateId(id));
        model.addAttribute("jobTemplateForm", JobTemplateForm.of(t));
        return editor(t, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("jobTemplateForm") JobTemplateForm form, BindingResult result,
                  HttpServletResponse response, Model model, RedirectAttributes flash) {
        JobTemplate t = templates.get(new JobTemplateId(id));
        try {
            changing.change(t.id(), form.details());
            flash.addFlashAttribute("flash", "Template " + form.name().strip() + " saved.");
            return "redirect:/settings/job-templates";
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            response.setStatus(422);
            return editor(t, model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        JobTemplate t = templates.get(new JobTemplateId(id));
        removing.remove(t.id());
        flash.addFlashAttribute("flash", "Template " + t.name() + " deleted.");
        return "redirect:/settings/job-templates";
    }

    private String editor(JobTemplate template, Model model) {
        model.addAttribute("template", template);
        Map<String, String> types = new LinkedHashMap<>();
        for (OrderType t : OrderType.values()) types.put(t.value(), t.label());
        types.put(JobTemplate.ANY, "Any");
        model.addAttribute("orderTypes", types);
        Map<String, String> vendors = new LinkedHashMap<>();
        vendors.put("", "—");
        for (Contact c : contacts.pick(ContactRole.VENDOR, "", false, 200)) vendors.put(c.id().toString(), c.displayName());
        model.addAttribute("vendors", vendors);
        return "services/templates/job-template";
    }
}
