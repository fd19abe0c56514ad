package com.jeweltrak.accounting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.jeweltrak.accounting.ClosingThePeriod;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Period Close (08-accounting §Period Close R4–R7): the date, the sanity-check panel for the date being
 * considered (R5), confirm, and the log of earlier changes. Admins only (R6).
 */
@Controller
@RequestMapping("/settings/period-close")
@PreAuthorize("hasAuthority('CanManageUsers')")
class PeriodCloseController {

    private final ClosingThePeriod closing;

    PeriodCloseController(ClosingThePeriod closing) {
        this.closing = closing;
    }

    /** Text, so what was typed comes back as typed; blank clears the date (R7). */
    record PeriodCloseForm(String closedThrough, Boolean acknowledged) {
    }

    @GetMapping
    String show(@RequestParam(required = false) String check, Model model) {
        LocalDate current = closing.closedThrough();
        String typed = check != null ? check : current == null ? "" : current.toString();
        model.addAttribute("periodCloseForm", new PeriodCloseForm(typed, false));
        LocalDate considered;
        try {
            considered = parse(typed);
        } catch (DateTimeParseException e) {
            considered = current;
        }
        return page(model, considered);
    }

    @PostMapping
    String save(@ModelAttribute PeriodCloseForm periodCloseForm, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        LocalDate date = null;
        // a field that did not convert leaves the binding without its form (issue 12 §4): show the form again with the error
        if (binding.getTarget() == null && binding.hasErrors()) return page(model, null);
        try {
            date = parse(periodCloseForm.closedThrough());
            closing.moveClosedThrough(date, Boolean.TRUE.equals(periodCloseForm.acknowledged()));
            redirect.addFlashAttribute("flash", date == null ? "The period is open: nothing is locked."
                    : "The books are closed through " + date + ".");
            return "redirect:/settings/period-close";
        } catch (DateTimeParseException e) {
            binding.rejectValue("closedThrough", "invalid", "Enter the date as yyyy-mm-dd, or leave it blank.");
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(binding, violation);
        }
        model.addAttribute("periodCloseForm", periodCloseForm);
        return page(model, date);
    }

    private String page(Model model, LocalDate considered) {
        model.addAttribute("current", closing.closedThrough());
        model.addAttribute("attention", closing.sanityCheck(considered));
        model.addAttribute("log", closing.log());
        return "accounting/period-close";
    }

    private static LocalDate parse(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }
}
