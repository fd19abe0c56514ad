package com.jeweltrak.sales.memos.web;

import java.util.function.Supplier;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.platform.web.StateConflict;
import com.jeweltrak.sales.memos.Memo;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.MemoReturn;
import com.jeweltrak.sales.memos.MemoReturnId;
import com.jeweltrak.sales.memos.Memos;
import com.jeweltrak.sales.memos.web.MemoForms.ActionsForm;
import com.jeweltrak.sales.memos.web.MemoForms.EmailForm;
import com.jeweltrak.sales.memos.web.MemoForms.HeaderForm;
import com.jeweltrak.sales.memos.web.MemoForms.LineForm;
import com.jeweltrak.sales.memos.web.MemoForms.ScanForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The memo page and the receipt page every memo controller answers with: what they show (the memo or receipt, its
 * forms, the buttons the person's permissions allow) and how an action ends — a redirect when done, the page again
 * with the refusal beside its field (422) when not.
 */
@Component
class MemoPage {

    private final Memos memos;
    private final MemoRows rows;
    private final com.jeweltrak.sales.memos.MemoCertificates certificates;

    MemoPage(Memos memos, MemoRows rows, com.jeweltrak.sales.memos.MemoCertificates certificates) {
        this.certificates = certificates;
        this.memos = memos;
        this.rows = rows;
    }

    /** Runs the action on the memo; redirects where it says (the memo when null), or shows {@code view} again with 422. */
    String act(Memo memo, BindingResult result, HttpServletResponse response, Model model, Supplier<String> action,
               Supplier<String> view) {
        try {
            String to = action.get();
            return "redirect:" + (to == null ? "/sales/memos/" + memo.id() : to);
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
        } catch (StateConflict conflict) {
            result.reject("state", conflict.getMessage());
        }
        model.addAttribute(result.getObjectName(), result.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), result);
        response.setStatus(422);
        return view.get();
    }

    String render(Memo memo, Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("memo", memo);
        model.addAttribute("row", rows.row(memo));
        model.addAttribute("receipts", memos.returnsOf(memo.id()));
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        boolean canEdit = me.can("Memos.Create") || me.can("Memos.Edit");
        model.addAttribute("editable", canEdit && !memo.voided());
        model.addAttribute("canReturn", me.can("MemoReturns.Create") && !memo.voided()
                && memo.counts().out().signum() > 0);
        model.addAttribute("canVoid", me.can(Permission.CAN_VOID_MEMOS) && !memo.voided());
        // §Memos R5: convert to invoice while something is out
        model.addAttribute("canInvoice", me.can("Invoices.Create") && !memo.voided() && memo.counts().out().signum() > 0);
        model.addAttribute("invoicedOn", memos.invoicedOn(memo.id()));
        // 03-services §12 R2, R3: the certified stones on the memo, offered (all checked) to print and e-mail
        model.addAttribute("certificates", certificates.of(memo));
        addIfAbsent(model, "headerForm", new HeaderForm(memo.expectedReturn() == null ? null : memo.expectedReturn().toString(),
                memo.terms(), memo.notes()));
        addIfAbsent(model, "scanForm", new ScanForm("", ""));
        addIfAbsent(model, "lineForm", new LineForm(null, "1", null, null));
        addIfAbsent(model, "actionsForm", new ActionsForm(null));
        addIfAbsent(model, "emailForm", new EmailForm(null));
        return "sales/memos/memo";
    }

    String renderReturnForm(Memo memo, Model model) {
        model.addAttribute("memo", memo);
        model.addAttribute("row", rows.row(memo));
        if (!model.containsAttribute("returnForm")) model.addAttribute("returnForm", new MemoForms.ReturnForm(null, null));
        if (!model.containsAttribute("typed")) model.addAttribute("typed", java.util.Map.of());
        return "sales/memos/return-form";
    }

    /** §Memos R5, R7: "Invoice…" — the lines still out, each with a quantity box capped at its Out. */
    String renderInvoiceForm(Memo memo, Model model) {
        model.addAttribute("memo", memo);
        model.addAttribute("row", rows.row(memo));
        if (!model.containsAttribute("invoiceForm")) model.addAttribute("invoiceForm", new ActionsForm(null));
        if (!model.containsAttribute("typed")) model.addAttribute("typed", java.util.Map.of());
        return "sales/memos/invoice-form";
    }

    String renderReceipt(MemoReturn receipt, Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("receipt", receipt);
        model.addAttribute("memoRow", rows.row(memos.get(receipt.memo())));
        model.addAttribute("canUnwind", me.can("MemoReturns.Edit") || me.can(Permission.CAN_VOID_MEMO_RETURNS));
        model.addAttribute("canDelete", me.can(Permission.CAN_VOID_MEMO_RETURNS));
        addIfAbsent(model, "actionsForm", new ActionsForm(null));
        return "sales/memos/memo-return";
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) model.addAttribute(name, form);
    }

    /** A BindingResult for the buttons that carry no fields: their refusal shows above the page. */
    static BindingResult actions() {
        return new BeanPropertyBindingResult(new ActionsForm(null), "actionsForm");
    }

    /** The memo, or 404 when it is another tenant's (RLS hides it) or of a store the caller may not access. */
    Memo visible(long id) {
        Memo memo = memos.find(new MemoId(id)).orElseThrow(() -> new RecordNotFound("Memo", id));
        if (!CurrentUser.require().mayAccess(memo.store())) throw new RecordNotFound("Memo", id);
        return memo;
    }

    MemoReturn visibleReturn(long id) {
        MemoReturn receipt = memos.findReturn(new MemoReturnId(id)).orElseThrow(() -> new RecordNotFound("Memo return", id));
        if (!CurrentUser.require().mayAccess(receipt.store())) throw new RecordNotFound("Memo return", id);
        return receipt;
    }

    Memo reread(Memo memo) {
        return memos.get(memo.id());
    }
}
