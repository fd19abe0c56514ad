package com.jeweltrak.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListParameters;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.EffectivePermissions;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.User;
import com.jeweltrak.platform.users.Users;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Settings → Users as an API: the same use cases and the same permission (CanManageUsers) as the pages. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('CanManageUsers')")
@Tag(name = "Users")
class UsersApi {

    record UserView(long id, String firstName, String lastName, String email, String phone, boolean active,
                    Set<Long> groups, Set<Long> stores, Map<String, Boolean> overrides, Set<String> effectivePermissions) {
    }

    record ListedView(long id, String name, String email, boolean active, List<String> groups) {
    }

    record NewUserRequest(@NotBlank @Size(max = 80) String firstName, @Size(max = 80) String lastName,
                          @NotBlank @Size(max = 254) String email, @Size(max = 40) String phone,
                          @NotEmpty Set<Long> groups, @NotEmpty Set<Long> stores,
                          @NotBlank @Size(max = 128) String password) {
    }

    record DetailsRequest(@NotBlank @Size(max = 80) String firstName, @Size(max = 80) String lastName,
                          @NotBlank @Size(max = 254) String email, @Size(max = 40) String phone) {
    }

    // a null among the ids (issue 12 §4: [null] answered 500) is refused like a missing list
    record AccessRequest(@NotEmpty Set<@jakarta.validation.constraints.NotNull Long> groups,
                         @NotEmpty Set<@jakarta.validation.constraints.NotNull Long> stores) {
    }

    record PasswordRequest(@NotBlank @Size(max = 128) String password) {
    }

    private final Users users;
    private final ManagingUsers managing;
    private final Sessions sessions;
    private final ListDefinitions lists;

    UsersApi(Users users, ManagingUsers managing, Sessions sessions, ListDefinitions lists) {
        this.users = users;
        this.managing = managing;
        this.sessions = sessions;
        this.lists = lists;
    }

    @GetMapping
    @Operation(summary = "List users, paged, optionally searched by name or e-mail, filtered and sorted",
            description = "The same rows as Settings → Users; 400 with errors.sort for a sort the list does not offer.")
    Paged<ListedView> list(
            @Parameter(description = "Text in the user's name or e-mail") @RequestParam(required = false) String q,
            @Parameter(description = "Zero-based page number") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, at most 200; default 25") @RequestParam(required = false) Integer size,
            @Parameter(description = "column,asc or column,desc; columns: name, email, phone, status. "
                    + "Default: active first, then by name", example = "email,asc")
            @RequestParam(required = false) String sort,
            @Parameter(description = "active or inactive; default both") @RequestParam(required = false) String status) {
        ListDefinition<Users.Listed> definition = lists.get(UsersList.KEY, Users.Listed.class);
        ListParameters parameters = new ListParameters(q, sort, page, size,
                status == null || status.isBlank() ? Map.of() : Map.of("status", status));
        Paged<Users.Listed> found = definition.source().page(parameters.toQuery(definition));
        return new Paged<>(found.content().stream().map(u -> new ListedView(u.id().value(), u.name(), u.email(), u.active(),
                u.groups())).toList(), found.page(), found.size(), found.totalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user with groups, stores, overrides and effective permissions")
    UserView get(@PathVariable long id) {
        return view(users.get(new UserId(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user with a first password")
    UserView create(@Valid @RequestBody NewUserRequest request) {
        UserId id = managing.createWithPassword(new ManagingUsers.NewUser(request.firstName(), request.lastName(),
                request.email(), request.phone(), request.groups(), storeIds(request.stores())), request.password());
        return view(users.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user's name, e-mail and phone")
    UserView updateDetails(@PathVariable long id, @Valid @RequestBody DetailsRequest request) {
        managing.updateDetails(existing(id), request.firstName(), request.lastName(), request.email(), request.phone());
        return get(id);
    }

    @PutMapping("/{id}/access")
    @Operation(summary = "Set a user's permission groups and stores")
    UserView changeAccess(@PathVariable long id, @Valid @RequestBody AccessRequest request) {
        managing.changeAccess(existing(id), request.groups(), storeIds(request.stores()));
        return get(id);
    }

    @PutMapping("/{id}/overrides")
    @Operation(summary = "Replace a user's per-user overrides (key → true grants, false denies); {} clears them")
    UserView changeOverrides(@PathVariable long id, @RequestBody Map<String, Boolean> overrides) {
        managing.changeOverrides(existing(id), overrides == null ? Map.of() : overrides);
        return get(id);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate a user: sign-in blocked, every session ended")
    UserView deactivate(@PathVariable long id) {
        managing.deactivate(existing(id));
        return get(id);
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a user")
    UserView reactivate(@PathVariable long id) {
        managing.reactivate(existing(id));
        return get(id);
    }

    @PostMapping("/{id}/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password for a user; their sessions end")
    void resetPassword(@PathVariable long id, @Valid @RequestBody PasswordRequest request) {
        managing.resetPassword(existing(id), request.password());
    }

    @GetMapping("/{id}/sessions")
    @Operation(summary = "The user's open sessions")
    List<Sessions.OpenSession> sessions(@PathVariable long id) {
        return sessions.of(CurrentUser.require().tenant(), existing(id), null);
    }

    @PostMapping("/{id}/sessions/end-all")
    @Operation(summary = "End every session of the user")
    Map<String, Integer> endAllSessions(@PathVariable long id) {
        return Map.of("ended", sessions.endAll(CurrentUser.require().tenant(), existing(id)));
    }

    private UserId existing(long id) {
        return users.get(new UserId(id)).id();
    }

    private UserView view(User user) {
        return new UserView(user.id().value(), user.firstName(), user.lastName(), user.email(), user.phone(), user.active(),
                user.groups(), user.stores().stream().map(StoreId::value).collect(Collectors.toSet()), user.overrides(),
                EffectivePermissions.of(users.grantedByGroups(user.id()), user.overrides()));
    }

    private static Set<StoreId> storeIds(Set<Long> ids) {
        return ids.stream().map(StoreId::new).collect(Collectors.toSet());
    }
}
