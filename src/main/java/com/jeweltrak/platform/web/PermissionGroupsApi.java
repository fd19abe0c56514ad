package com.jeweltrak.platform.web;

import java.util.List;
import java.util.Set;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.PermissionGroup;
import com.jeweltrak.platform.users.PermissionGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Permission groups and the permission catalog as an API (CanManageUsers, like the pages). */
@RestController
@PreAuthorize("hasAuthority('CanManageUsers')")
@Tag(name = "Permission groups")
class PermissionGroupsApi {

    record GroupView(long id, String name, String description, boolean builtIn, Set<String> grants, long members) {
    }

    record GroupRequest(@NotBlank @Size(max = 80) String name, @Size(max = 300) String description,
                        @NotNull Set<String> grants) {
    }

    record CatalogEntry(String key, String label) {
    }

    private final PermissionGroups groups;
    private final ManagingGroups managing;

    PermissionGroupsApi(PermissionGroups groups, ManagingGroups managing) {
        this.groups = groups;
        this.managing = managing;
    }

    @GetMapping("/api/v1/permissions")
    @Operation(summary = "The permission catalog: every key a group or override can name")
    List<CatalogEntry> catalog() {
        return Permission.all().stream().map(k -> new CatalogEntry(k, Permission.label(k))).toList();
    }

    @GetMapping("/api/v1/permission-groups")
    @Operation(summary = "Every permission group of the organization")
    Paged<GroupView> list() {
        // an organization has a handful of groups: one page holds them all
        List<GroupView> all = groups.all().stream().map(this::view).toList();
        return new Paged<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/api/v1/permission-groups/{id}")
    @Operation(summary = "One permission group")
    GroupView get(@PathVariable long id) {
        return view(groups.get(id));
    }

    @PostMapping("/api/v1/permission-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a permission group")
    GroupView create(@Valid @RequestBody GroupRequest request) {
        return get(managing.create(request.name(), request.description(), request.grants()));
    }

    @PutMapping("/api/v1/permission-groups/{id}")
    @Operation(summary = "Change a group's name, description and grants")
    GroupView change(@PathVariable long id, @Valid @RequestBody GroupRequest request) {
        groups.get(id);
        managing.change(id, request.name(), request.description(), request.grants());
        return get(id);
    }

    private GroupView view(PermissionGroup g) {
        return new GroupView(g.id(), g.name(), g.description(), g.builtIn(), g.grants(), groups.memberCount(g.id()));
    }
}
