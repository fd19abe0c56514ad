package com.jeweltrak.inventory.tags.web;

import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.tags.PrintingTags;
import com.jeweltrak.inventory.tags.TagContent;
import com.jeweltrak.inventory.tags.TagDefaults;
import com.jeweltrak.inventory.tags.TagRequest;
import com.jeweltrak.inventory.tags.TagStyle;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The item page's Tag tab (04-inventory §Printing Barcode Tags R1): style, copies, a preview, and the PDF and
 * ZPL downloads. Seeing the item is enough to print its tag; printing changes no inventory (R7), only the
 * user's remembered style and copies (R4).
 */
@Controller
@RequestMapping("/inventory/items/{id}/tag")
@PreAuthorize("isAuthenticated()")
class ItemTagController {

    private final Items items;
    private final PrintingTags printing;
    private final TagDefaults defaults;

    ItemTagController(Items items, PrintingTags printing, TagDefaults defaults) {
        this.items = items;
        this.printing = printing;
        this.defaults = defaults;
    }

    /** The tab's content, loaded by htmx and reloaded when the style changes. */
    @GetMapping
    String tab(@PathVariable long id, @RequestParam(required = false) String style,
               @RequestParam(required = false) Integer copies, Model model) {
        Item item = visible(id);
        TagDefaults.Choice mine = defaults.of(CurrentUser.require().id());
        model.addAttribute("item", item);
        model.addAttribute("styles", TagStyle.values());
        model.addAttribute("style", TagStyle.named(style).orElse(mine.style()));
        model.addAttribute("copies", copies == null ? mine.copies() : copies);
        return "inventory/tag-tab :: tab";
    }

    @GetMapping("/preview")
    ResponseEntity<byte[]> preview(@PathVariable long id, @RequestParam(required = false) String style) {
        Item item = visible(id);
        TagStyle chosen = TagStyle.named(style).orElse(defaults.of(CurrentUser.require().id()).style());
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(printing.preview(chosen, TagContent.of(item)));
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String style,
                               @RequestParam(required = false) Integer copies) {
        Item item = visible(id);
        TagDefaults.Choice chosen = chosen(style, copies);
        byte[] pdf = printing.pdf(chosen.style(), List.of(new TagRequest(TagContent.of(item), chosen.copies())));
        return download(MediaType.APPLICATION_PDF, "tag-" + item.stockId() + ".pdf", pdf);
    }

    @GetMapping("/zpl")
    ResponseEntity<byte[]> zpl(@PathVariable long id, @RequestParam(required = false) String style,
                               @RequestParam(required = false) Integer copies) {
        Item item = visible(id);
        TagDefaults.Choice chosen = chosen(style, copies);
        String zpl = printing.zpl(chosen.style(), List.of(new TagRequest(TagContent.of(item), chosen.copies())));
        return download(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8),
                "tag-" + item.stockId() + ".zpl", zpl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The style and copies asked for (else the user's own), remembered as the user's defaults once they are valid. */
    private TagDefaults.Choice chosen(String style, Integer copies) {
        TagDefaults.Choice mine = defaults.of(CurrentUser.require().id());
        TagStyle chosen = style == null ? mine.style() : TagStyles.require(style);
        int count = copies == null ? mine.copies() : copies;
        TagRequest.checkCopies(count);
        TagDefaults.Choice choice = new TagDefaults.Choice(chosen, count);
        defaults.remember(CurrentUser.require().id(), choice);
        return choice;
    }

    /** Another tenant's (RLS) or another store's item is not found; an item of a family the user may not see is refused. */
    private Item visible(long id) {
        Item item = items.get(new ItemId(id));
        if (!ItemAccess.inTheirStores(item)) throw new RecordNotFound("Item", id);
        if (!CurrentUser.require().can(item.family().viewPermission())) {
            throw new AccessDeniedException("Needs " + item.family().viewPermission());
        }
        return item;
    }

    static ResponseEntity<byte[]> download(MediaType type, String filename, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
