package com.jeweltrak.settings;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Organizations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Organization (10-settings §Organization Settings). Only a tenant admin may change them,
 * Closed Through above all (R6), since it locks the books.
 */
@Service
public class ChangingOrganizationSettings {

    private final Organizations organizations;

    ChangingOrganizationSettings(Organizations organizations) {
        this.organizations = organizations;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CanManageUsers')")
    public Organization change(Organization changed) {
        Organization current = organizations.get();
        if (!current.id().equals(changed.id())) {
            // row-level security would make the update touch nothing; say so instead of pretending it saved
            throw new RecordNotFound("Organization", changed.id());
        }
        organizations.update(changed);
        return organizations.get();
    }
}
