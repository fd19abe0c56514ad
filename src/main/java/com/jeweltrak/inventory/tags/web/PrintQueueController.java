package com.jeweltrak.inventory.tags.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.tags.PrintingTags;
import com.jeweltrak.inventory.tags.TagContent;
import com.jeweltrak.inventory.tags.TagDefaults;
import com.jeweltrak.inventory.tags.TagRequest;
import com.jeweltrak.inventory.tags.TagStyle;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Print Tags (04-inventory §Printing Barcode Tags R2): a queue filled by typing or scanning StockIDs — the box
 * submits on Enter, as a keyboard-wedge scanner ends its input — then printed all at once as PDF or ZPL.
 */
@Controller
@RequestMapping("/inventory/print-tags")
@PreAuthorize("isAuthenticated()")
class PrintQueueController {

    record QueuedTag(Item item, int copies) {
    }

    private final Items items;
    private final PrintingTags printing;
    private final TagDefaults defaults;

    PrintQueueController(Items items, PrintingTags printing, TagDefaults defaults) {
        this.items = items;
        this.printing = printing;
        this.defaults = defaults;
    }

    @GetMapping
    String page(HttpSession session, Model model) {
        if (!model.containsAttribute("addTagForm")) model.addAttribute("addTagForm", new AddTagForm(null, null));
        return render(session, model);
    }

    @PostMapping
    String add(@ModelAttribute("addTagForm") AddTagForm form, BindingResult result, HttpSession session, Model model,
               RedirectAttributes redirect) {
        // a field that did not convert leaves the binding without its form (issue 12 §4): show the form again with the error
        if (result.getTarget() == null && result.hasErrors()) return render(session, model);
        int copies = form.copies() == null ? defaults.of(CurrentUser.require().id()).copies() : form.copies();
        Optional<Item> item = items.findByStockId(form.stockId())
                .filter(ItemAccess::mayView);
        if (item.isEmpty()) {
            String typed = form.stockId() == null ? "" : form.stockId().trim();
            result.rejectValue("stockId", "unknown", typed.isEmpty() ? "Type or scan a StockID."
                    : "No item has StockID " + typed + ".");
        } else if (copies < 1 || copies > TagRequest.MOST_COPIES) {
            result.rejectValue("copies", "range", "Print from 1 to " + TagRequest.MOST_COPIES + " copies.");
        }
        if (result.hasErrors()) return render(session, model);
        PrintQueue queue = PrintQueue.of(session);
        queue.add(item.get().id().value(), copies);
        queue.saveIn(session);
        redirect.addFlashAttribute("flash", "StockID " + item.get().stockId() + " added to the print queue.");
        return "redirect:/inventory/print-tags";
    }

    @PostMapping("/remove")
    String remove(@RequestParam long itemId, HttpSession session) {
        PrintQueue queue = PrintQueue.of(session);
        queue.remove(itemId);
        queue.saveIn(session);
        return "redirect:/inventory/print-tags";
    }

    @PostMapping("/clear")
    String clear(HttpSession session) {
        PrintQueue queue = PrintQueue.of(session);
        queue.clear();
        queue.saveIn(session);
        return "redirect:/inventory/print-tags";
    }

    /** Prints every row with the copies shown beside it; those copies and the style are kept for next time. */
    @PostMapping("/print")
    ResponseEntity<byte[]> print(@RequestParam String style, @RequestParam String format,
                                 @RequestParam(name = "itemId", required = false) List<Long> itemIds,
                                 @RequestParam(name = "copies", required = false) List<Integer> copies,
                                 HttpSession session) {
        TagStyle chosen = TagStyles.require(style);
        PrintQueue queue = PrintQueue.of(session);
        if (itemIds != null && copies != null && itemIds.size() == copies.size()) {
            for (int i = 0; i < itemIds.size(); i++) {
                TagRequest.checkCopies(copies.get(i) == null ? 0 : copies.get(i));
                queue.setCopies(itemIds.get(i), copies.get(i));
            }
        }
        queue.saveIn(session);
        List<TagRequest> tags = new ArrayList<>();
        for (QueuedTag queued : queued(queue)) tags.add(new TagRequest(TagContent.of(queued.item()), queued.copies()));
        if (tags.isEmpty()) throw new BusinessRuleViolated("stockId", "Add a StockID to the queue first.");
        // the queue's copies are per row, so only the style becomes the user's default here
        var me = CurrentUser.require().id();
        defaults.remember(me, new TagDefaults.Choice(chosen, defaults.of(me).copies()));
        if ("zpl".equals(format)) {
            return ItemTagController.download(new MediaType("text", "plain", StandardCharsets.UTF_8), "tags.zpl",
                    printing.zpl(chosen, tags).getBytes(StandardCharsets.UTF_8));
        }
        return ItemTagController.download(MediaType.APPLICATION_PDF, "tags.pdf", printing.pdf(chosen, tags));
    }

    private String render(HttpSession session, Model model) {
        model.addAttribute("queued", queued(PrintQueue.of(session)));
        model.addAttribute("styles", TagStyle.values());
        model.addAttribute("style", defaults.of(CurrentUser.require().id()).style());
        return "inventory/print-tags";
    }

    /** The queue's items as they are now; one deleted or no longer visible since it was added drops out. */
    private List<QueuedTag> queued(PrintQueue queue) {
        List<QueuedTag> rows = new ArrayList<>();
        for (PrintQueue.Row row : queue.rows()) {
            items.find(new ItemId(row.itemId()))
                    .filter(ItemAccess::mayView)
                    .ifPresent(item -> rows.add(new QueuedTag(item, row.copies())));
        }
        return rows;
    }
}
