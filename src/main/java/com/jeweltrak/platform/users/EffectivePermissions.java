package com.jeweltrak.platform.users;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decision 7 / Permissions R7: a per-user override wins in both directions; otherwise a key is
 * granted when any of the user's groups grants it; nothing granted means denied.
 */
public final class EffectivePermissions {

    private EffectivePermissions() {
    }

    public static Set<String> of(Collection<String> grantedByGroups, Map<String, Boolean> overrides) {
        Set<String> effective = new TreeSet<>();
        for (String key : Permission.all()) {
            Boolean override = overrides.get(key);
            boolean granted = override != null ? override : grantedByGroups.contains(key);
            if (granted) effective.add(key);
        }
        return effective;
    }
}
