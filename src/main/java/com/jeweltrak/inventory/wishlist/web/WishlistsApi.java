package com.jeweltrak.inventory.wishlist.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.wishlist.AddingToAWishlist;
import com.jeweltrak.inventory.wishlist.Occasion;
import com.jeweltrak.inventory.wishlist.RemovingFromAWishlist;
import com.jeweltrak.inventory.wishlist.WishlistEntry;
import com.jeweltrak.inventory.wishlist.Wishlists;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Wishlists over the API (07-contacts §Save Inventory Items to a Customer's Wishlist); money as strings. */
@RestController
@Tag(name = "Wishlists", description = "Items customers would like, for follow-up; adding one moves no stock")
class WishlistsApi {

    record WishlistEntryJson(long id, long contactId, String contactName, long itemId, String stockId, String family,
                             String description, String retailPrice, String status, Occasion occasion, String note,
                             Instant addedAt, String addedBy) {
        static WishlistEntryJson of(WishlistEntry e) {
            return new WishlistEntryJson(e.id(), e.contact().value(), e.contactName(), e.item().value(), e.stockId(),
                    e.family().slug(), e.description(), money(e.retail()), e.status().label(), e.occasion(), e.note(),
                    e.addedAt(), e.addedBy());
        }
    }

    /** The item by its id or its StockID; an occasion and a note are optional. */
    record WishlistRequest(Long itemId, String stockId, Occasion occasion,
                           @Size(max = 500, message = "Keep the note to 500 characters.") String note) {
    }

    private final Wishlists wishlists;
    private final AddingToAWishlist adding;
    private final RemovingFromAWishlist removing;
    private final Items items;
    private final Contacts contacts;

    WishlistsApi(Wishlists wishlists, AddingToAWishlist adding, RemovingFromAWishlist removing, Items items,
                 Contacts contacts) {
        this.wishlists = wishlists;
        this.adding = adding;
        this.removing = removing;
        this.items = items;
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/contacts/{id}/wishlist")
    @PreAuthorize("hasAuthority('Contacts.View')")
    @Operation(summary = "A customer's wishlist, newest first, each entry with its item's status (Available, On memo, Sold)")
    Paged<WishlistEntryJson> ofContact(@PathVariable long id, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        ContactId contact = contacts.get(new ContactId(id)).id();
        return paged(WishlistAccess.visible(wishlists.of(contact)), page, size);
    }

    @PostMapping("/api/v1/contacts/{id}/wishlist")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item (by itemId or stockId) to a customer's wishlist; the contact becomes a Customer if not one")
    WishlistEntryJson add(@PathVariable long id, @Valid @RequestBody WishlistRequest request) {
        ContactId contact = contacts.get(new ContactId(id)).id();
        Item item = WishlistAccess.viewable(item(request));
        long entry = adding.add(contact, item.id(), request.occasion(), request.note());
        return WishlistEntryJson.of(wishlists.get(contact, entry));
    }

    @PostMapping("/api/v1/contacts/{id}/wishlist/{entryId}/remove")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    @Operation(summary = "Remove an entry from a customer's wishlist; the item is untouched")
    WishlistEntryJson remove(@PathVariable long id, @PathVariable long entryId) {
        WishlistEntry entry = WishlistAccess.viewable(wishlists.get(new ContactId(id), entryId));
        return WishlistEntryJson.of(removing.remove(entry.contact(), entryId));
    }

    @GetMapping("/api/v1/items/{id}/wishlists")
    @PreAuthorize("hasAuthority('Contacts.View')")
    @Operation(summary = "The customers who have an item on their wishlist, newest first")
    Paged<WishlistEntryJson> ofItem(@PathVariable long id, @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        Item item = WishlistAccess.viewable(items.get(new ItemId(id)));
        return paged(wishlists.wanting(item.id()), page, size);
    }

    private Item item(WishlistRequest request) {
        if (request.itemId() != null) return items.get(new ItemId(request.itemId()));
        if (request.stockId() == null || request.stockId().isBlank()) {
            throw new BusinessRuleViolated("itemId", "Give the item's itemId or stockId.");
        }
        return items.findByStockId(request.stockId())
                .orElseThrow(() -> new BusinessRuleViolated("stockId", "No item has StockID " + request.stockId().trim() + "."));
    }

    private static Paged<WishlistEntryJson> paged(List<WishlistEntry> all, Integer page, Integer size) {
        int p = Paged.page(page);
        int n = Paged.size(size, 25);
        int from = (int) Math.min((long) p * n, all.size());
        return new Paged<>(all.subList(from, Math.min(from + n, all.size())).stream().map(WishlistEntryJson::of).toList(),
                p, n, all.size());
    }

    private static String money(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
