package com.jeweltrak.services.appraisals.web;

import java.util.function.Supplier;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.platform.web.StateConflict;
import com.jeweltrak.services.appraisals.Appraisal;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.services.appraisals.AppraisalPurpose;
import com.jeweltrak.services.appraisals.Appraisals;
import com.jeweltrak.services.appraisals.web.AppraisalForms.ActionsForm;
import com.jeweltrak.services.appraisals.web.AppraisalForms.EmailForm;
import com.jeweltrak.services.appraisals.web.AppraisalForms.HeaderForm;
import com.jeweltrak.services.appraisals.web.AppraisalForms.ItemForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The appraisal page every appraisal controller answers with: the appraisal, its forms, the buttons the person's
 * permissions and the status allow, and how an action ends — a redirect when done, the page again with the refusal
 * beside its field (422) when not.
 */
@Component
class AppraisalPage {

    static final String EDITING = "hasAnyAuthority('Appraisals.Create', 'Appraisals.Edit')";

    private final Appraisals appraisals;
    private final AppraisalRows rows;

    AppraisalPage(Appraisals appraisals, AppraisalRows rows) {
        this.appraisals = appraisals;
        this.rows = rows;
    }

    String act(Appraisal appraisal, BindingResult result, HttpServletResponse response, Model model,
               Supplier<String> action) {
        try {
            String to = action.get();
            return "redirect:" + (to == null ? "/services/appraisals/" + appraisal.id() : to);
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
        } catch (StateConflict conflict) {
            result.reject("state", conflict.getMessage());
            response.setStatus(409);
        }
        model.addAttribute(result.getObjectName(), result.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), result);
        if (response.getStatus() != 409) response.setStatus(422);
        return render(appraisals.get(appraisal.id()), model);
    }

    String render(Appraisal appraisal, Model model) {
        CurrentUser me = CurrentUser.require();
        boolean canEdit = me.can("Appraisals.Create") || me.can("Appraisals.Edit");
        model.addAttribute("appraisal", appraisal);
        model.addAttribute("row", rows.row(appraisal));
        model.addAttribute("purposes", AppraisalPurpose.values());
        model.addAttribute("editable", canEdit && !appraisal.finalized());
        model.addAttribute("canRevise", me.can("Appraisals.Create") && appraisal.finalized());
        model.addAttribute("history", appraisals.ofCustomer(appraisal.customer()).stream()
                .filter(a -> !a.id().equals(appraisal.id()) && me.mayAccess(a.store())).map(rows::row).toList());
        addIfAbsent(model, "headerForm", new HeaderForm(appraisal.purpose().name(), appraisal.date().toString(),
                appraisal.headerNotes(), appraisal.appraiserName(), appraisal.appraiserTitle()));
        addIfAbsent(model, "itemForm", new ItemForm(null, null, null, null, null, null, null));
        addIfAbsent(model, "actionsForm", new ActionsForm(null));
        addIfAbsent(model, "emailForm", new EmailForm(null));
        return "services/appraisals/appraisal";
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) model.addAttribute(name, form);
    }

    /** A BindingResult for the buttons that carry no fields: their refusal shows above the page. */
    static BindingResult actions() {
        return new BeanPropertyBindingResult(new ActionsForm(null), "actionsForm");
    }

    /** The appraisal, or 404 when it is another tenant's (RLS hides it) or of a store the caller may not access. */
    Appraisal visible(long id) {
        Appraisal appraisal = appraisals.find(new AppraisalId(id)).orElseThrow(() -> new RecordNotFound("Appraisal", id));
        if (!CurrentUser.require().mayAccess(appraisal.store())) throw new RecordNotFound("Appraisal", id);
        return appraisal;
    }
}
