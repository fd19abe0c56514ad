package com.jeweltrak.platform.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.EffectivePermissions;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.PermissionGroups;
import com.jeweltrak.platform.users.User;
import com.jeweltrak.platform.users.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** Settings → Users (10-settings §Adding &amp; Managing Users); tenant admins only (Users R12). */
@Controller
@RequestMapping("/settings/users")
@PreAuthorize("hasAuthority('CanManageUsers')")
class UsersAdminController {

    record NewUserForm(@NotBlank(message = "Enter a first name.") @Size(max = 80) String firstName,
                       @Size(max = 80) String lastName,
                       @NotBlank(message = "Enter the e-mail the user signs in with.") @Size(max = 254) String email,
                       @Size(max = 40) String phone,
                       Set<Long> groups,
                       Set<Long> stores,
                       @NotBlank(message = "Set a first password; the user changes it on My Profile.") String password) {
    }

    record DetailsForm(@NotBlank(message = "Enter a first name.") @Size(max = 80) String firstName,
                       @Size(max = 80) String lastName,
                       @NotBlank(message = "Enter the e-mail the user signs in with.") @Size(max = 254) String email,
                       @Size(max = 40) String phone) {
    }

    record AccessForm(Set<Long> groups, Set<Long> stores) {
    }

    record PasswordForm(String password) {
    }

    private final Users users;
    private final PermissionGroups groups;
    private final Stores stores;
    private final ManagingUsers managing;
    private final Sessions sessions;
    private final ListDefinitions lists;
    private final ListRendering listRendering;

    UsersAdminController(Users users, PermissionGroups groups, Stores stores, ManagingUsers managing, Sessions sessions,
                         ListDefinitions lists, ListRendering listRendering) {
        this.users = users;
        this.groups = groups;
        this.stores = stores;
        this.managing = managing;
        this.sessions = sessions;
        this.lists = lists;
        this.listRendering = listRendering;
    }

    /** One URL for the page and, when htmx asks (search, sort, paging), for just the list (design §5). */
    @GetMapping
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        return listRendering.page(lists.get(UsersList.KEY), params, request, model, "platform/users");
    }

    @GetMapping("/new")
    String newUser(Model model) {
        CurrentUser me = CurrentUser.require();
        Set<Long> onlyStore = stores.all().size() == 1 ? Set.of(stores.all().getFirst().id().value()) : Set.of();
        model.addAttribute("form", new NewUserForm("", "", "", "", Set.of(), onlyStore.isEmpty() && me.currentStore() != null
                ? Set.of(me.currentStore().id().value()) : onlyStore, ""));
        return newPage(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) return newPage(model);
        try {
            UserId id = managing.createWithPassword(new ManagingUsers.NewUser(form.firstName(), form.lastName(), form.email(),
                    form.phone(), nullToEmpty(form.groups()), storeIds(form.stores())), form.password());
            redirect.addFlashAttribute("flash", "User created. They can sign in with the password you set.");
            return "redirect:/settings/users/" + id.value();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            return newPage(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        User user = users.get(new UserId(id));
        model.addAttribute("details", new DetailsForm(user.firstName(), user.lastName(), user.email(), user.phone()));
        model.addAttribute("access", new AccessForm(user.groups(), user.stores().stream().map(StoreId::value)
                .collect(Collectors.toSet())));
        model.addAttribute("passwordForm", new PasswordForm(""));
        return detailPage(user, model);
    }

    @PostMapping("/{id}")
    String saveDetails(@PathVariable long id, @Valid @ModelAttribute("details") DetailsForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        User user = users.get(new UserId(id));
        if (!result.hasErrors()) {
            try {
                managing.updateDetails(user.id(), form.firstName(), form.lastName(), form.email(), form.phone());
                redirect.addFlashAttribute("flash", "Details saved.");
                return "redirect:/settings/users/" + id;
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        model.addAttribute("access", new AccessForm(user.groups(), user.stores().stream().map(StoreId::value)
                .collect(Collectors.toSet())));
        model.addAttribute("passwordForm", new PasswordForm(""));
        return detailPage(user, model);
    }

    @PostMapping("/{id}/access")
    String saveAccess(@PathVariable long id, @ModelAttribute("access") AccessForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        User user = users.get(new UserId(id));
        try {
            managing.changeAccess(user.id(), nullToEmpty(form.groups()), storeIds(form.stores()));
            redirect.addFlashAttribute("flash", "Groups and stores saved; they apply on the user's next page load.");
            return "redirect:/settings/users/" + id;
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
        }
        model.addAttribute("details", new DetailsForm(user.firstName(), user.lastName(), user.email(), user.phone()));
        model.addAttribute("passwordForm", new PasswordForm(""));
        return detailPage(user, model);
    }

    /**
     * Permissions R6: the grid posts the wanted effective set; a cell that differs from the groups'
     * union becomes an override (Grant or Deny) for this user.
     */
    @PostMapping("/{id}/permissions")
    String savePermissions(@PathVariable long id, @RequestParam(name = "keys", required = false) Set<String> keys,
                           RedirectAttributes redirect) {
        UserId userId = new UserId(id);
        users.get(userId);
        Set<String> wanted = keys == null ? Set.of() : keys;
        Set<String> fromGroups = users.grantedByGroups(userId);
        Map<String, Boolean> overrides = new HashMap<>();
        for (String key : Permission.all()) {
            boolean want = wanted.contains(key);
            if (want != fromGroups.contains(key)) overrides.put(key, want);
        }
        return applyOverrides(userId, overrides, "Permissions saved.", redirect);
    }

    @PostMapping("/{id}/permissions/clear")
    String clearOverrides(@PathVariable long id, RedirectAttributes redirect) {
        return applyOverrides(new UserId(id), Map.of(), "All overrides cleared; the user has exactly their groups' rights.",
                redirect);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> managing.deactivate(new UserId(id)), "User deactivated; all of their sessions ended.", redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> managing.reactivate(new UserId(id)), "User reactivated.", redirect);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        User user = users.get(new UserId(id));
        try {
            managing.resetPassword(user.id(), form.password());
            redirect.addFlashAttribute("flash", "Password set; the user's sessions were ended.");
            return "redirect:/settings/users/" + id;
        } catch (BusinessRuleViolated violation) {
            result.rejectValue("password", "rule", violation.getMessage());
        }
        model.addAttribute("details", new DetailsForm(user.firstName(), user.lastName(), user.email(), user.phone()));
        model.addAttribute("access", new AccessForm(user.groups(), user.stores().stream().map(StoreId::value)
                .collect(Collectors.toSet())));
        return detailPage(user, model);
    }

    @PostMapping("/{id}/sessions/{sessionId}/end")
    String endSession(@PathVariable long id, @PathVariable String sessionId, RedirectAttributes redirect) {
        User user = users.get(new UserId(id));
        if (!sessions.end(CurrentUser.require().tenant(), user.id(), sessionId)) {
            throw new RecordNotFound("Session", sessionId);
        }
        redirect.addFlashAttribute("flash", "The session was ended.");
        return "redirect:/settings/users/" + id + "#sessions";
    }

    @PostMapping("/{id}/sessions/end-all")
    String endAllSessions(@PathVariable long id, RedirectAttributes redirect) {
        User user = users.get(new UserId(id));
        int ended = sessions.endAll(CurrentUser.require().tenant(), user.id());
        redirect.addFlashAttribute("flash", ended + (ended == 1 ? " session was ended." : " sessions were ended."));
        return "redirect:/settings/users/" + id + "#sessions";
    }

    private String applyOverrides(UserId id, Map<String, Boolean> overrides, String done, RedirectAttributes redirect) {
        return act(id.value(), () -> managing.changeOverrides(id, overrides), done, redirect);
    }

    private String act(long id, Runnable action, String done, RedirectAttributes redirect) {
        users.get(new UserId(id));
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (BusinessRuleViolated violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
        }
        return "redirect:/settings/users/" + id;
    }

    private String newPage(Model model) {
        model.addAttribute("allGroups", Choice.ofGroups(groups.all()));
        model.addAttribute("allStores", Choice.ofStores(stores.all()));
        return "platform/user-new";
    }

    private String detailPage(User user, Model model) {
        Set<String> effective = EffectivePermissions.of(users.grantedByGroups(user.id()), user.overrides());
        model.addAttribute("user", user);
        model.addAttribute("grid", PermissionGrid.of(effective, user.overrides()));
        model.addAttribute("allGroups", Choice.ofGroups(groups.all()));
        model.addAttribute("allStores", Choice.ofStores(stores.all()));
        model.addAttribute("sessions", sessions.of(CurrentUser.require().tenant(), user.id(), null));
        return "platform/user";
    }

    private static Set<Long> nullToEmpty(Set<Long> ids) {
        return ids == null ? Set.of() : new HashSet<>(ids);
    }

    private static Set<StoreId> storeIds(Set<Long> ids) {
        return ids == null ? Set.of() : ids.stream().map(StoreId::new).collect(Collectors.toSet());
    }
}
