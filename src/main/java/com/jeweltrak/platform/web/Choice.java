package com.jeweltrak.platform.web;

import java.util.List;

import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.users.PermissionGroup;

/** One option of a picker: what is posted and what is shown. */
public record Choice(long id, String name) {

    public static List<Choice> ofGroups(List<PermissionGroup> groups) {
        return groups.stream().map(g -> new Choice(g.id(), g.name())).toList();
    }

    public static List<Choice> ofStores(List<Store> stores) {
        return stores.stream().map(s -> new Choice(s.id().value(), s.active() ? s.name() : s.name() + " (inactive)")).toList();
    }
}
