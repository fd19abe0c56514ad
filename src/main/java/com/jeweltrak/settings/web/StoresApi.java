package com.jeweltrak.settings.web;

import java.net.URI;
import java.util.Map;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListParameters;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.settings.ConfiguringStores;
import com.jeweltrak.settings.VisibleStores;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Store configuration over the API, with the same checks as Settings → Stores (Permissions R14, R17). */
@RestController
@RequestMapping("/api/v1/stores")
@Tag(name = "Stores", description = "Store configuration (10-settings §Store Configuration)")
class StoresApi {

    private static final int PAGE_SIZE = 50;

    private final VisibleStores visible;
    private final Stores stores;
    private final ConfiguringStores configuring;
    private final ListDefinitions lists;

    StoresApi(VisibleStores visible, Stores stores, ConfiguringStores configuring, ListDefinitions lists) {
        this.visible = visible;
        this.stores = stores;
        this.configuring = configuring;
        this.lists = lists;
    }

    @GetMapping
    @Operation(summary = "The stores the caller may see: their own store list, or every store with CanViewAllStores",
            description = "Searched, filtered, sorted and paged like Settings → Stores; 400 with errors.sort for a sort "
                    + "the list does not offer.")
    Paged<StoreJson> list(
            @Parameter(description = "Text in the store's name or city") @RequestParam(required = false) String q,
            @Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, at most 200; default 50") @RequestParam(required = false) Integer size,
            @Parameter(description = "column,asc or column,desc; columns: name, city, region, timeZone, taxRate, "
                    + "surTaxRate, defaultStockType, status. Default: active first, then by name",
                    example = "name,asc") @RequestParam(required = false) String sort,
            @Parameter(description = "active or inactive; default both") @RequestParam(required = false) String status) {
        ListDefinition<Store> definition = lists.get(StoresList.KEY, Store.class);
        ListParameters parameters = new ListParameters(q, sort, page, size,
                status == null || status.isBlank() ? Map.of() : Map.of("status", status));
        Paged<Store> found = visible.page(CurrentUser.require(), parameters.toQuery(definition, PAGE_SIZE));
        return new Paged<>(found.content().stream().map(StoreJson::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One store; 404 when it is not one the caller may see")
    StoreJson get(@PathVariable long id) {
        return visible.find(CurrentUser.require(), new StoreId(id)).map(StoreJson::of)
                .orElseThrow(() -> new RecordNotFound("Store", id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CanManageUsers')")
    @Operation(summary = "Add a store (needs CanManageUsers); 422 when the name is taken")
    ResponseEntity<StoreJson> add(@Valid @RequestBody StoreRequest request) {
        StoreId id = configuring.add(request.toStore());
        return ResponseEntity.created(URI.create("/api/v1/stores/" + id)).body(StoreJson.of(stores.get(id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    @Operation(summary = "Replace a store's configuration (needs CanManageUsers); 422 for a taken name or the last active store")
    StoreJson save(@PathVariable long id, @Valid @RequestBody StoreRequest request) {
        configuring.save(new StoreId(id), request.toStore());
        return StoreJson.of(stores.get(new StoreId(id)));
    }
}
