package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.AdjustingStock;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.InvalidListRequest;
import com.jeweltrak.platform.lists.PageRequested;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inventory items over the API (04-inventory; design §5b), one family at a time, with the family's permissions
 * (Inventory.* for jewelry, Watches.*, Diamonds.*, ColoredStones.*, Pearls.*). Cost shows only with CanViewCost.
 */
@RestController
@RequestMapping("/api/v1/items")
@Tag(name = "Items", description = "Inventory items of the five families and their stock movements (04-inventory)")
class ItemsApi {

    private static final int PAGE_SIZE = 50;
    /** Sortable columns: API name → SQL (whitelisted; never what the caller typed). */
    private static final Map<String, String> SORTS = Map.of(
            "stockId", "i.stock_number", "category", "lower(i.category)", "description", "lower(i.description)",
            "purchaseDate", "i.purchase_date", "retailPrice", "i.retail_price", "price1", "i.price1",
            "inStock", "i.in_stock", "cost", "i.cost");

    private final Items items;
    private final ReceivingAnItem receiving;
    private final AdjustingStock adjusting;
    private final StockLedger ledger;
    private final Stores stores;
    private final Contacts contacts;
    private final com.jeweltrak.inventory.EditingAnItem editing;

    ItemsApi(Items items, ReceivingAnItem receiving, AdjustingStock adjusting, StockLedger ledger, Stores stores,
             Contacts contacts, com.jeweltrak.inventory.EditingAnItem editing) {
        this.items = items;
        this.receiving = receiving;
        this.adjusting = adjusting;
        this.ledger = ledger;
        this.stores = stores;
        this.contacts = contacts;
        this.editing = editing;
    }

    record AdjustRequest(String quantityChange, String caratsChange, String reason) {
    }

    record MovementJson(long id, String kind, String label, String inStockChange, String onMemoChange, String caratsChange,
                        String reason, String documentType, Long documentId, String at, String by) {
        static MovementJson of(StockLedger.Recorded m) {
            return new MovementJson(m.id(), m.kind().name(), m.kind().label(), Json.plain(m.inStock()), Json.plain(m.onMemo()),
                    Json.plain(m.carats()), m.reason(), m.documentType(), m.documentId(), m.at().toString(), m.by());
        }
    }

    @GetMapping
    @Operation(summary = "One family's items, searched, filtered, sorted and paged; 400 naming family when it is missing")
    Paged<ItemJson> list(
            @Parameter(description = "jewelry, watches, diamonds, colored-stones or pearls (required)") @RequestParam(required = false) String family,
            @Parameter(description = "StockID (or its start), category, description, serial number or vendor's ref") @RequestParam(required = false) String q,
            @Parameter(description = "Only this store's items (its id)") @RequestParam(required = false) Long store,
            @Parameter(description = "true: only items in stock; false: only items with none in stock") @RequestParam(required = false) Boolean inStock,
            @Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size,
            @Parameter(description = "column,asc|desc; columns: stockId, category, description, purchaseDate, price1, "
                    + "retailPrice, inStock, cost (with CanViewCost). Default: newest StockID first", example = "stockId,desc")
            @RequestParam(required = false) String sort) {
        if (family == null || family.isBlank()) {
            throw new InvalidListRequest("family", "Say which family: jewelry, watches, diamonds, colored-stones or pearls.");
        }
        Family f = Family.parse(family).orElseThrow(() -> new InvalidListRequest("family",
                "There is no family \"" + family + "\"; use jewelry, watches, diamonds, colored-stones or pearls."));
        require(f, "View");
        List<String> conditions = new ArrayList<>();
        if (store != null) conditions.add("i.store_id = " + store); // a number, never text
        if (inStock != null) conditions.add(inStock ? "i.in_stock > 0" : "i.in_stock = 0");
        PageRequested asked = PageRequested.of(page, size, PAGE_SIZE);
        Paged<Item> found = items.page(f, new ListQuery(q, StoreScope.restrict(conditions), orderBy(sort), asked.page(),
                asked.size()));
        boolean cost = mayViewCost();
        return new Paged<>(found.content().stream().map(i -> ItemJson.of(i, cost)).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item with its family's attributes; 404 when it is not the caller's tenant's")
    ItemJson get(@PathVariable long id) {
        return ItemJson.of(visible(id), mayViewCost());
    }

    @GetMapping("/by-stock-id/{stockId}")
    @Operation(summary = "The item a StockID names (as scanned or typed); 404 when there is none")
    ItemJson byStockId(@PathVariable String stockId) {
        Item item = items.findByStockId(stockId).filter(i -> StoreScope.mayAccess(i.store()))
                .orElseThrow(() -> new RecordNotFound("Item", stockId));
        require(item.family(), "View");
        return ItemJson.of(item, mayViewCost());
    }

    @PostMapping
    @Operation(summary = "Add an item: the next StockID, its quantity as a receive movement, blank prices from the "
            + "store's multipliers; 422 naming each invalid field")
    ResponseEntity<ItemJson> add(@RequestBody ItemRequest request) {
        Family family = ItemRequest.family(request.family());
        require(family, "Create");
        if (request.cost() != null && !mayViewCost()) {
            throw new BusinessRuleViolated("cost", "Entering a cost needs the permission to see costs (CanViewCost).");
        }
        Item draft = request.toItem(family, mayViewCost() ? null : BigDecimal.ZERO);
        checkReferences(draft);
        BigDecimal quantity = Json.decimal("quantity", request.quantity());
        NewStock stock = new NewStock(quantity == null ? BigDecimal.ONE : quantity, Json.decimal("carats", request.carats()));
        ItemId id = receiving.receive(draft, stock);
        return ResponseEntity.created(URI.create("/api/v1/items/" + id)).body(ItemJson.of(items.get(id), mayViewCost()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an item's details (not its family, StockID or quantities); a new cost never "
            + "reprices it (Pricing Multipliers R8); 422 naming each invalid field")
    ItemJson save(@PathVariable long id, @RequestBody ItemRequest request) {
        Item existing = visible(id);
        require(existing.family(), "Edit");
        if (request.family() != null && ItemRequest.family(request.family()) != existing.family()) {
            throw new BusinessRuleViolated("family", "An item stays in its family; add a new item for another family.");
        }
        boolean cost = mayViewCost();
        if (request.cost() != null && !cost) {
            throw new BusinessRuleViolated("cost", "Changing the cost needs the permission to see costs (CanViewCost).");
        }
        Item edited = request.toItem(existing.family(), existing.cost());
        checkReferences(edited);
        editing.save(existing.id(), edited);
        return ItemJson.of(items.get(existing.id()), cost);
    }

    @GetMapping("/{id}/movements")
    @Operation(summary = "The item's stock movements, oldest first: its whole quantity history")
    List<MovementJson> movements(@PathVariable long id) {
        Item item = visible(id);
        return ledger.history(item.id()).stream().map(MovementJson::of).toList();
    }

    @PostMapping("/{id}/adjust")
    @Operation(summary = "Adjust the quantity (and a stone's carats) by hand with a reason: a movement, never below "
            + "zero; 422 naming the field")
    ItemJson adjust(@PathVariable long id, @RequestBody AdjustRequest request) {
        Item item = visible(id);
        require(item.family(), "Edit");
        AdjustRequest body = request == null ? new AdjustRequest(null, null, null) : request;
        adjusting.adjust(item.id(), Json.decimal("quantityChange", body.quantityChange()),
                Json.decimal("caratsChange", body.caratsChange()), body.reason());
        return ItemJson.of(items.get(item.id()), mayViewCost());
    }

    private Item visible(long id) {
        Item item = StoreScope.visible(items.get(new ItemId(id)));
        require(item.family(), "View");
        return item;
    }

    /** A store or vendor the tenant does not have is a field error, not a database failure. */
    private void checkReferences(Item item) {
        StoreId store = item.store();
        if (stores.find(store).isEmpty()) throw new BusinessRuleViolated("storeId", "There is no store " + store + ".");
        StoreScope.requireWorkIn(store);
        if (item.vendor() != null && contacts.find(item.vendor()).isEmpty()) {
            throw new BusinessRuleViolated("vendorId", "There is no contact " + item.vendor() + ".");
        }
    }

    private static void require(Family family, String action) {
        if (!CurrentUser.require().can(family.permission(action))) {
            throw new AccessDeniedException("Needs " + family.permission(action));
        }
    }

    private static boolean mayViewCost() {
        return CurrentUser.require().can("CanViewCost");
    }

    private String orderBy(String sort) {
        if (sort == null || sort.isBlank()) return "i.stock_number desc";
        String[] parts = sort.split(",");
        String column = SORTS.get(parts[0].trim());
        if (column == null || parts.length > 2 || ("cost".equals(parts[0].trim()) && !mayViewCost())) {
            throw new InvalidListRequest("sort", "Sort by one of: stockId, category, description, purchaseDate, price1, "
                    + "retailPrice, inStock" + (mayViewCost() ? ", cost" : "") + ".");
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidListRequest("sort", "The direction is asc or desc.");
        }
        return column + " " + direction + " nulls last, i.stock_number desc";
    }
}
