package com.jeweltrak.settings.web;

import java.net.URI;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.settings.ConfiguringStores;
import com.jeweltrak.settings.VisibleStores;
import io.swagger.v3.oas.annotations.Operation;
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

    StoresApi(VisibleStores visible, Stores stores, ConfiguringStores configuring) {
        this.visible = visible;
        this.stores = stores;
        this.configuring = configuring;
    }

    @GetMapping
    @Operation(summary = "The stores the caller may see: their own store list, or every store with CanViewAllStores")
    Paged<StoreJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paged<Store> found = visible.page(CurrentUser.require(), Paged.page(page),
                Paged.size(size, PAGE_SIZE));
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
