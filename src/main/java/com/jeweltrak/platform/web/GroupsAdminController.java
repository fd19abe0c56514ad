package com.jeweltrak.platform.web;

import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.PermissionGroup;
import com.jeweltrak.platform.users.PermissionGroups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Permission Groups: the roles, edited once for everyone in them (Users R9). */
@Controller
@RequestMapping("/settings/groups")
@PreAuthorize("hasAuthority('CanManageUsers')")
class GroupsAdminController {

    record GroupForm(@NotBlank(message = "Name the group.") @Size(max = 80) String name,
                     @Size(max = 300) String description,
                     Set<String> keys) {
    }

    record Listed(long id, String name, String description, boolean builtIn, long members, int grants) {
    }

    private final PermissionGroups groups;
    private final ManagingGroups managing;

    GroupsAdminController(PermissionGroups groups, ManagingGroups managing) {
        this.groups = groups;
        this.managing = managing;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("groups", groups.all().stream().map(g -> new Listed(g.id(), g.name(), g.description(),
                g.builtIn(), groups.memberCount(g.id()), g.grants().size())).toList());
        return "platform/groups";
    }

    @GetMapping("/new")
    String newGroup(Model model) {
        model.addAttribute("form", new GroupForm("", "", Set.of()));
        return page(model, null, Set.of());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Set<String> keys = form.keys() == null ? Set.of() : form.keys();
        if (!result.hasErrors()) {
            try {
                long id = managing.create(form.name(), form.description(), keys);
                redirect.addFlashAttribute("flash", "Group created.");
                return "redirect:/settings/groups/" + id;
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return page(model, null, keys);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PermissionGroup group = groups.get(id);
        model.addAttribute("form", new GroupForm(group.name(), group.description(), group.grants()));
        return page(model, group, group.grants());
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        PermissionGroup group = groups.get(id);
        Set<String> keys = form.keys() == null ? Set.of() : form.keys();
        if (!result.hasErrors()) {
            try {
                managing.change(id, form.name(), form.description(), keys);
                redirect.addFlashAttribute("flash", "Group saved; members get the change on their next page load.");
                return "redirect:/settings/groups/" + id;
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return page(model, group, keys);
    }

    private String page(Model model, PermissionGroup group, Set<String> ticked) {
        model.addAttribute("group", group);
        model.addAttribute("grid", PermissionGrid.of(ticked, Map.of()));
        return "platform/group";
    }
}
