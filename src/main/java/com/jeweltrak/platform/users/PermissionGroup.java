package com.jeweltrak.platform.users;

import java.util.Set;
import java.util.TreeSet;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A role: a name and the permission keys it grants. A group only grants (Permissions R3). */
public record PermissionGroup(Long id, String name, String description, boolean builtIn, Set<String> grants) {

    public static final String ADMIN = "Admin";

    public PermissionGroup {
        grants = Set.copyOf(new TreeSet<>(grants));
        for (String key : grants) {
            if (!Permission.exists(key)) throw new BusinessRuleViolated("grants", "Unknown permission " + key);
        }
    }

    /** The built-in Admin group grants every permission and cannot lose any (Permissions R16). */
    public PermissionGroup withGrants(String newName, String newDescription, Set<String> newGrants) {
        if (builtIn && !name.equalsIgnoreCase(newName)) {
            throw new BusinessRuleViolated("name", "The built-in " + name + " group cannot be renamed.");
        }
        if (builtIn && ADMIN.equals(name) && !newGrants.containsAll(Permission.all())) {
            throw new BusinessRuleViolated("grants", "The built-in Admin group always grants every permission.");
        }
        return new PermissionGroup(id, newName.trim(), newDescription, builtIn, newGrants);
    }
}
