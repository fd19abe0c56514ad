package com.jeweltrak.platform.users;

import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settings → Permission Groups: roles are edited once for everyone in them (Users R9). */
@Service
public class ManagingGroups {

    private final PermissionGroups groups;
    private final Users users;

    ManagingGroups(PermissionGroups groups, Users users) {
        this.groups = groups;
        this.users = users;
    }

    @Transactional
    public long create(String name, String description, Set<String> grants) {
        requireName(name, null);
        return groups.add(new PermissionGroup(null, name.trim(), description, false, grants));
    }

    @Transactional
    public void change(long id, String name, String description, Set<String> grants) {
        requireName(name, id);
        groups.update(groups.get(id).withGrants(name, description, grants));
        if (users.countActiveHolding(Permission.CAN_MANAGE_USERS) == 0) {
            throw new LastAdministratorCannotLeave();
        }
    }

    private void requireName(String name, Long except) {
        if (name == null || name.isBlank()) throw new BusinessRuleViolated("name", "A group needs a name.");
        if (name.length() > 80) throw new BusinessRuleViolated("name", "Keep the name under 80 characters.");
        groups.findIdByName(name).filter(found -> !found.equals(except)).ifPresent(found -> {
            throw new BusinessRuleViolated("name", "Another group already has this name.");
        });
    }
}
