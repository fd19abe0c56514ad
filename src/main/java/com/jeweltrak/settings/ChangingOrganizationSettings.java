package com.jeweltrak.settings;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.PeriodClose;
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
    private final PeriodClose periodClose;

    ChangingOrganizationSettings(Organizations organizations, PeriodClose periodClose) {
        this.organizations = organizations;
        this.periodClose = periodClose;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CanManageUsers')")
    public Organization change(Organization changed) {
        Organization current = organizations.get();
        if (!current.id().equals(changed.id())) {
            // row-level security would make the update touch nothing; say so instead of pretending it saved
            throw new RecordNotFound("Organization", changed.id());
        }
        // Closed Through moves by the one Period Close use case (sanity check, close log), never by a plain update
        periodClose.moveClosedThrough(changed.closedThrough(), false);
        organizations.update(changed);
        return organizations.get();
    }
}
