package com.jeweltrak.inventory.styles.web;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** A style is guarded by its family's permissions, like the items made from it. */
final class StyleAccess {

    private StyleAccess() {
    }

    static void require(Family family, String action) {
        if (!CurrentUser.require().can(family.permission(action))) {
            throw new AccessDeniedException("Needs " + family.permission(action));
        }
    }
}
