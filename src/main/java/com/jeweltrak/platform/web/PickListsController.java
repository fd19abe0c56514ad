package com.jeweltrak.platform.web;

import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.picklists.DeletingAValue;
import com.jeweltrak.platform.picklists.MergingValues;
import com.jeweltrak.platform.picklists.PickList;
import com.jeweltrak.platform.picklists.PickListValues;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.platform.picklists.RenameWouldMerge;
import com.jeweltrak.platform.picklists.RenamingAValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Utilities → List Maintenance (11-utilities §List Maintenance): pick a list, see its values with their
 * uses (R2), rename (R3, R6), merge (R4) or delete (R5). Admins only (R8: CanManageUsers). A refusal
 * stays on the page beside the field it concerns, with what was typed.
 */
@Controller
@RequestMapping("/utilities/lists")
@PreAuthorize("hasAuthority('CanManageUsers')")
class PickListsController {

    record RenameForm(String from, String to, Boolean merge) {
    }

    record MergeForm(String survivor, List<String> losers) {
    }

    record Listed(String key, String label, int values) {
    }

    private final PickLists lists;
    private final PickListValues values;
    private final RenamingAValue renaming;
    private final MergingValues merging;
    private final DeletingAValue deleting;

    PickListsController(PickLists lists, PickListValues values, RenamingAValue renaming, MergingValues merging,
                        DeletingAValue deleting) {
        this.lists = lists;
        this.values = values;
        this.renaming = renaming;
        this.merging = merging;
        this.deleting = deleting;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("lists", lists.all().stream().map(l -> new Listed(l.key(), l.label(), values.of(l).size())).toList());
        return "platform/pick-lists";
    }

    @GetMapping("/{listKey}")
    String show(@PathVariable String listKey, Model model) {
        model.addAttribute("renameForm", new RenameForm(null, "", false));
        model.addAttribute("mergeForm", new MergeForm(null, List.of()));
        return page(lists.get(listKey), model);
    }

    @PostMapping("/{listKey}/rename")
    String rename(@PathVariable String listKey, @ModelAttribute("renameForm") RenameForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PickList list = lists.get(listKey);
        try {
            RenamingAValue.Renamed renamed = renaming.rename(listKey, form.from(), form.to(), Boolean.TRUE.equals(form.merge()));
            redirect.addFlashAttribute("flash", said(renamed.records(), renamed.value()));
            return "redirect:/utilities/lists/" + listKey;
        } catch (RenameWouldMerge conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            result.rejectValue("to", "merge", conflict.getMessage());
            model.addAttribute("mergeNeeded", true);
        } catch (BusinessRuleViolated violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FormErrors.reject(result, violation);
        }
        model.addAttribute("mergeForm", new MergeForm(null, List.of()));
        return page(list, model);
    }

    /**
     * The form is read by hand: binding one ticked value into a list would split it at commas and trim
     * it ("Gold, 14K", "14KT "), and these texts must arrive exactly as the records hold them.
     */
    @PostMapping("/{listKey}/merge")
    String merge(@PathVariable String listKey, HttpServletRequest request, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        PickList list = lists.get(listKey);
        String[] ticked = request.getParameterValues("losers");
        MergeForm form = new MergeForm(request.getParameter("survivor"), ticked == null ? List.of() : List.of(ticked));
        BindingResult result = new BeanPropertyBindingResult(form, "mergeForm");
        model.addAttribute("mergeForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "mergeForm", result);
        try {
            long records = merging.merge(listKey, form.survivor(), form.losers());
            redirect.addFlashAttribute("flash", said(records, form.survivor()));
            return "redirect:/utilities/lists/" + listKey;
        } catch (BusinessRuleViolated violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FormErrors.reject(result, violation);
        }
        model.addAttribute("renameForm", new RenameForm(null, "", false));
        return page(list, model);
    }

    @PostMapping("/{listKey}/delete")
    String delete(@PathVariable String listKey, @RequestParam String value, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        PickList list = lists.get(listKey);
        try {
            deleting.delete(listKey, value);
            redirect.addFlashAttribute("flash", "\u201C" + value + "\u201D was deleted from the list.");
            return "redirect:/utilities/lists/" + listKey;
        } catch (BusinessRuleViolated violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", violation.getMessage());
        }
        model.addAttribute("renameForm", new RenameForm(null, "", false));
        model.addAttribute("mergeForm", new MergeForm(null, List.of()));
        return page(list, model);
    }

    private String page(PickList list, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("values", values.of(list));
        return "platform/pick-list";
    }

    private static String said(long records, String value) {
        return records + (records == 1 ? " record now says " : " records now say ") + "\u201C" + value + "\u201D.";
    }
}
