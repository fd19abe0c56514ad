package com.jeweltrak.platform.web;

import java.util.List;
import java.util.Set;

import com.jeweltrak.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the bearer token acts as: their permissions and stores, for an integration to check itself. */
@RestController
@Tag(name = "Me")
class MeApi {

    record StoreView(long id, String name) {
    }

    record Me(long id, String displayName, String email, String organization, Set<String> permissions,
              List<StoreView> stores, Long currentStoreId) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in user, their effective permissions and stores")
    Me me() {
        CurrentUser me = CurrentUser.require();
        return new Me(me.id().value(), me.displayName(), me.email(), me.organizationName(), me.permissions(),
                me.stores().stream().map(s -> new StoreView(s.id().value(), s.name())).toList(),
                me.currentStore() == null ? null : me.currentStore().id().value());
    }
}
