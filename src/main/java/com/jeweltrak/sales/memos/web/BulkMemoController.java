package com.jeweltrak.sales.memos.web;

import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.lists.BulkActions;
import com.jeweltrak.platform.lists.ListSelection;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.sales.memos.Memo;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.Memos;
import com.jeweltrak.sales.memos.MemoingSelectedItems;
import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of "Memo selected items" (04-inventory §Bulk Actions R3–R6): choose the customer and terms (or an existing
 * open memo), preview what goes and what is skipped and why, confirm; back on the list a message names the skipped
 * items with their reason.
 */
@Controller
@RequestMapping("/sales/memos/bulk")
@PreAuthorize("hasAuthority('Memos.Create')")
class BulkMemoController {

    /** The page's form; {@code confirmed} is set by the preview's Confirm button. */
    record BulkMemoForm(String list, Long customerId, String expectedReturn, String terms, Long existingMemo,
                        Boolean confirmed) {
    }

    private static final String PAGE = "sales/memos/bulk";

    private final BulkActions actions;
    private final ListSelection selection;
    private final MemoingSelectedItems memoing;
    private final Memos memos;
    private final Contacts contacts;
    private final JdbcClient jdbc;

    BulkMemoController(BulkActions actions, ListSelection selection, MemoingSelectedItems memoing, Memos memos,
                       Contacts contacts, JdbcClient jdbc) {
        this.actions = actions;
        this.selection = selection;
        this.memoing = memoing;
        this.memos = memos;
        this.contacts = contacts;
        this.jdbc = jdbc;
    }

    @GetMapping
    String form(@RequestParam("list") String list, HttpSession session, Model model, RedirectAttributes redirect) {
        BulkActions.Target target = actions.target(list, MemoSelectedItems.KEY, session);
        if (target.ids().isEmpty()) return nothingSelected(target, redirect);
        model.addAttribute("bulkMemoForm", new BulkMemoForm(target.listKey(), null, null, null, null, null));
        return render(target, null, model);
    }

    @PostMapping
    String act(@ModelAttribute("bulkMemoForm") BulkMemoForm form, BindingResult result, HttpSession session, Model model,
               RedirectAttributes redirect) {
        BulkActions.Target target = actions.target(form.list(), MemoSelectedItems.KEY, session);
        if (target.ids().isEmpty()) return nothingSelected(target, redirect);
        try {
            MemoId existing = form.existingMemo() == null ? null : new MemoId(form.existingMemo());
            if (existing != null) {
                Memo memo = memos.find(existing).filter(m -> CurrentUser.require().mayAccess(m.store()))
                        .orElseThrow(() -> new BusinessRuleViolated("existingMemo", "There is no such memo."));
                memo.checkNotVoided();
            } else if (form.customerId() == null) {
                throw new BusinessRuleViolated("customerId", "Pick the customer taking the memo, or an open memo to add to.");
            }
            var expected = MemoInput.date("expectedReturn", form.expectedReturn());
            if (!Boolean.TRUE.equals(form.confirmed())) return render(target, form, model); // the preview
            CurrentUser.StoreChoice store = CurrentUser.require().currentStore();
            if (store == null && existing == null) {
                throw new BusinessRuleViolated("customerId", "Choose the store you work in first (the store switcher at the top).");
            }
            MemoingSelectedItems.Outcome outcome = memoing.memo(new MemoingSelectedItems.Request(store == null ? null : store.id(),
                    form.customerId() == null ? null : new ContactId(form.customerId()), expected, form.terms(), existing),
                    target.ids());
            selection.clear(session, target.listKey());
            redirect.addFlashAttribute("flash", message(outcome));
            return "redirect:" + target.backUrl();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            return render(target, null, model);
        }
    }

    private String message(MemoingSelectedItems.Outcome outcome) {
        Memo memo = memos.get(outcome.memo());
        StringBuilder text = new StringBuilder(outcome.added() + " item" + (outcome.added() == 1 ? "" : "s")
                + " went out on memo " + memo.numberText() + ".");
        if (!outcome.skipped().isEmpty()) {
            text.append(" Skipped: ");
            text.append(String.join("; ", outcome.skipped().stream()
                    .map(s -> "StockID " + s.stockId() + " — " + s.reason()).toList()));
            text.append(".");
        }
        return text.toString();
    }

    private String render(BulkActions.Target target, BulkMemoForm preview, Model model) {
        MemoId existing = preview == null || preview.existingMemo() == null ? null : new MemoId(preview.existingMemo());
        model.addAttribute("target", target);
        model.addAttribute("plan", memoing.plan(target.ids(), existing));
        model.addAttribute("preview", preview != null);
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        model.addAttribute("customerName", preview == null || preview.customerId() == null ? null
                : contacts.find(new ContactId(preview.customerId())).map(Contact::displayName).orElse(null));
        model.addAttribute("openMemos", openMemos());
        return PAGE;
    }

    /** Memos that may take more (R4: pill Empty, Open or Partial), newest first, of the stores the user may access. */
    @Transactional(readOnly = true)
    List<OpenMemo> openMemos() {
        return jdbc.sql("select id from memo where voided_at is null order by memo_date desc, id desc limit 200")
                .query(Long.class).list().stream().map(id -> memos.get(new MemoId(id)))
                .filter(m -> m.pill().open() && CurrentUser.require().mayAccess(m.store()))
                .limit(50)
                .map(m -> new OpenMemo(m.id().value(), "Memo " + m.numberText() + " — "
                        + contacts.find(m.customer()).map(Contact::displayName).orElse("") + " (" + m.pill().label() + ")"))
                .toList();
    }

    record OpenMemo(long id, String label) {
    }

    private static String nothingSelected(BulkActions.Target target, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "Tick the items to memo first.");
        return "redirect:" + target.backUrl();
    }

}
