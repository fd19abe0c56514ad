package com.jeweltrak.inventory.counts.web;

import java.util.Arrays;
import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** A count is guarded by its family's permissions: View to see and scan, Edit to finish or cancel. */
final class CountPermissions {

    private CountPermissions() {
    }

    static void require(Family family, String action) {
        if (!CurrentUser.require().can(family.permission(action))) {
            throw new AccessDeniedException("Needs " + family.permission(action));
        }
    }

    static List<Family> viewable() {
        CurrentUser user = CurrentUser.require();
        return Arrays.stream(Family.values()).filter(f -> user.can(f.viewPermission())).toList();
    }

    static boolean canViewCost() {
        return CurrentUser.require().can("CanViewCost");
    }
}
