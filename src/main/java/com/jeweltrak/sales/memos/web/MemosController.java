package com.jeweltrak.sales.memos.web;

import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.sales.memos.AddingAMemoLine;
import com.jeweltrak.sales.memos.ChangingAMemo;
import com.jeweltrak.sales.memos.IssuingAMemo;
import com.jeweltrak.sales.memos.Memo;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.MemoPrinting;
import com.jeweltrak.sales.memos.MemoReturnId;
import com.jeweltrak.sales.memos.RemovingAMemoLine;
import com.jeweltrak.sales.memos.ReturningFromAMemo;
import com.jeweltrak.sales.memos.VoidingAMemo;
import com.jeweltrak.sales.memos.web.MemoForms.EmailForm;
import com.jeweltrak.sales.memos.web.MemoForms.HeaderForm;
import com.jeweltrak.sales.memos.web.MemoForms.LineForm;
import com.jeweltrak.sales.memos.web.MemoForms.NewMemoForm;
import com.jeweltrak.sales.memos.web.MemoForms.ReturnForm;
import com.jeweltrak.sales.memos.web.MemoForms.ScanForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The memo pages (02-sales §Memos UI): the list, a new memo, the memo page — header and terms, the StockID box, misc
 * lines, lines with what is out and what came back, pill and counts — Void, Print, Email, and "Return…", the receipt
 * form whose quantities are capped at what is out. Post/redirect/get; a refusal shows the page again with the message
 * beside its field (422). Permissions and store access as the API's.
 */
@Controller
@RequestMapping("/sales")
class MemosController {

    static final String EDITING = "hasAnyAuthority('Memos.Create', 'Memos.Edit')";

    private final MemoPage page;
    private final IssuingAMemo issuing;
    private final ChangingAMemo changing;
    private final AddingAMemoLine adding;
    private final RemovingAMemoLine removing;
    private final VoidingAMemo voiding;
    private final ReturningFromAMemo returning;
    private final MemoPrinting printing;
    private final com.jeweltrak.sales.memos.MemoCertificates certificates;
    private final ListDefinitions lists;
    private final ListRendering listRendering;

    MemosController(MemoPage page, IssuingAMemo issuing, ChangingAMemo changing, AddingAMemoLine adding,
                    RemovingAMemoLine removing, VoidingAMemo voiding, ReturningFromAMemo returning, MemoPrinting printing,
                    ListDefinitions lists, ListRendering listRendering,
                    com.jeweltrak.sales.memos.MemoCertificates certificates) {
        this.certificates = certificates;
        this.page = page;
        this.issuing = issuing;
        this.changing = changing;
        this.adding = adding;
        this.removing = removing;
        this.voiding = voiding;
        this.returning = returning;
        this.printing = printing;
        this.lists = lists;
        this.listRendering = listRendering;
    }

    @GetMapping("/memos")
    @PreAuthorize("hasAuthority('Memos.View')")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        if (!model.containsAttribute("newMemoForm")) model.addAttribute("newMemoForm", new NewMemoForm(null, null, null));
        return listRendering.page(lists.forCurrentUser(MemosList.KEY), params, request, model, "sales/memos/memos");
    }

    /** R1: a new memo in the user's current store, for the chosen customer, with its terms. */
    @PostMapping("/memos")
    @PreAuthorize("hasAuthority('Memos.Create')")
    String create(@ModelAttribute NewMemoForm form, RedirectAttributes flash) {
        CurrentUser.StoreChoice store = CurrentUser.require().currentStore();
        if (store == null) {
            flash.addFlashAttribute("listMessage", "Choose the store you work in first (the store switcher at the top).");
            return "redirect:/sales/memos";
        }
        try {
            MemoId id = issuing.issue(new IssuingAMemo.Request(store.id(),
                    form.customerId() == null ? null : new ContactId(form.customerId()), null,
                    MemoInput.date("expectedReturn", form.expectedReturn()), form.terms(), null));
            return "redirect:/sales/memos/" + id;
        } catch (BusinessRuleViolated refused) {
            flash.addFlashAttribute("listMessage", refused.getMessage());
            flash.addFlashAttribute("newMemoForm", form);
            return "redirect:/sales/memos";
        }
    }

    @GetMapping("/memos/{id}")
    @PreAuthorize("hasAuthority('Memos.View')")
    String show(@PathVariable long id, Model model) {
        return page.render(page.visible(id), model);
    }

    @PostMapping("/memos/{id}")
    @PreAuthorize(EDITING)
    String changeHeader(@PathVariable long id, @ModelAttribute("headerForm") HeaderForm form, BindingResult result,
                        HttpServletResponse response, Model model) {
        Memo memo = page.visible(id);
        return page.act(memo, result, response, model, () -> {
            changing.change(memo.id(), new ChangingAMemo.Request(MemoInput.date("expectedReturn", form.expectedReturn()),
                    form.terms(), form.notes()));
            return null;
        }, () -> page.render(page.reread(memo), model));
    }

    /** The StockID box: the item (and its quantity for a multi-quantity item) goes out on the memo now (R2). */
    @PostMapping("/memos/{id}/scan")
    @PreAuthorize(EDITING)
    String scan(@PathVariable long id, @ModelAttribute("scanForm") ScanForm form, BindingResult result,
                HttpServletResponse response, Model model) {
        Memo memo = page.visible(id);
        return page.act(memo, result, response, model, () -> {
            String stockId = form.stockId() == null ? "" : form.stockId().trim();
            if (stockId.isEmpty()) throw new BusinessRuleViolated("stockId", "Scan or type a StockID.");
            adding.add(memo.id(), new AddingAMemoLine.Request(stockId, null, MemoInput.decimal("quantity", form.quantity()),
                    null, null));
            return null;
        }, () -> page.render(page.reread(memo), model));
    }

    /** A misc line: a description, no stock. */
    @PostMapping("/memos/{id}/lines")
    @PreAuthorize(EDITING)
    String addLine(@PathVariable long id, @ModelAttribute("lineForm") LineForm form, BindingResult result,
                   HttpServletResponse response, Model model) {
        Memo memo = page.visible(id);
        return page.act(memo, result, response, model, () -> {
            if (form.description() == null || form.description().isBlank()) {
                throw new BusinessRuleViolated("description", "Describe the misc line.");
            }
            adding.add(memo.id(), new AddingAMemoLine.Request(null, form.description(),
                    MemoInput.decimal("quantity", form.quantity()), MemoInput.decimal("unitPrice", form.unitPrice()),
                    MemoInput.decimal("adjustment", form.adjustment())));
            return null;
        }, () -> page.render(page.reread(memo), model));
    }

    @PostMapping("/memos/{id}/lines/{lineId}/remove")
    @PreAuthorize(EDITING)
    String removeLine(@PathVariable long id, @PathVariable long lineId, HttpServletResponse response, Model model) {
        Memo memo = page.visible(id);
        memo.line(lineId);
        return page.act(memo, MemoPage.actions(), response, model, () -> {
            removing.remove(memo.id(), lineId);
            return null;
        }, () -> page.render(page.reread(memo), model));
    }

    @PostMapping("/memos/{id}/void")
    @PreAuthorize("hasAuthority('CanVoidMemos')")
    String voidMemo(@PathVariable long id, HttpServletResponse response, Model model) {
        Memo memo = page.visible(id);
        return page.act(memo, MemoPage.actions(), response, model, () -> {
            voiding.voidMemo(memo.id());
            return null;
        }, () -> page.render(page.reread(memo), model));
    }

    /** "Return…": the lines still out, each with a quantity box capped at its Out (R7). */
    @GetMapping("/memos/{id}/return")
    @PreAuthorize("hasAuthority('MemoReturns.Create')")
    String returnForm(@PathVariable long id, Model model) {
        return page.renderReturnForm(page.visible(id), model);
    }

    /** R6: the receipt is saved; the items come back In Stock. Quantities come as {@code qty-<memo line id>}. */
    @PostMapping("/memos/{id}/returns")
    @PreAuthorize("hasAuthority('MemoReturns.Create')")
    String receive(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form, BindingResult result,
                   @RequestParam MultiValueMap<String, String> params, HttpServletResponse response, Model model) {
        Memo memo = page.visible(id);
        Map<Long, String> typed = MemoInput.typedQuantities(params);
        model.addAttribute("typed", typed);
        return page.act(memo, result, response, model, () -> {
            List<ReturningFromAMemo.Line> lines = MemoInput.lines(typed, ReturningFromAMemo.Line::new);
            MemoReturnId receipt = returning.receive(memo.id(), new ReturningFromAMemo.Request(
                    MemoInput.date("returnDate", form.returnDate()), form.notes(), lines));
            return "/sales/memo-returns/" + receipt;
        }, () -> page.renderReturnForm(page.reread(memo), model));
    }

    @GetMapping("/memos/{id}/pdf")
    @PreAuthorize("hasAuthority('Memos.View')")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(name = "certIds", required = false) List<Long> certIds) {
        Memo memo = page.visible(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("memo-" + memo.numberText() + ".pdf").build().toString())
                // 03-services §12 R5–R7: the checked certificates after the memo, re-read from it now
                .body(printing.pdf(memo, certificates.chosen(memo, certIds)));
    }

    @PostMapping("/memos/{id}/email")
    @PreAuthorize("hasAuthority('Memos.View')")
    String email(@PathVariable long id, @ModelAttribute("emailForm") EmailForm form, BindingResult result,
                 @RequestParam(name = "certIds", required = false) List<Long> certIds,
                 HttpServletResponse response, Model model, RedirectAttributes flash) {
        Memo memo = page.visible(id);
        try {
            String to = printing.email(memo, form.toAddress(), certificates.chosen(memo, certIds));
            flash.addFlashAttribute("memoMessage", "Memo " + memo.numberText() + " is on its way to " + to + ".");
            return "redirect:/sales/memos/" + id;
        } catch (BusinessRuleViolated violation) {
            com.jeweltrak.platform.web.FormErrors.reject(result, violation);
            response.setStatus(422);
            return page.render(memo, model);
        }
    }

}
