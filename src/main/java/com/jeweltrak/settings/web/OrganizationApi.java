package com.jeweltrak.settings.web;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.settings.ChangingOrganizationSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organization settings over the API (10-settings §Organization Settings). */
@RestController
@RequestMapping("/api/v1/organization")
@Tag(name = "Organization", description = "Organization settings (10-settings §Organization Settings)")
class OrganizationApi {

    private final Organizations organizations;
    private final ChangingOrganizationSettings changing;

    OrganizationApi(Organizations organizations, ChangingOrganizationSettings changing) {
        this.organizations = organizations;
        this.changing = changing;
    }

    @GetMapping
    @Operation(summary = "The caller's organization settings; metal costs only with CanViewCost")
    OrganizationJson get() {
        return OrganizationJson.of(organizations.get(), CurrentUser.require().can(Permission.CAN_VIEW_COST));
    }

    @PutMapping
    @PreAuthorize("hasAuthority('CanManageUsers')")
    @Operation(summary = "Replace the organization settings, Closed Through included (needs CanManageUsers)")
    OrganizationJson save(@Valid @RequestBody OrganizationRequest request) {
        CurrentUser me = CurrentUser.require();
        return OrganizationJson.of(changing.change(request.toOrganization(me.tenant())), me.can(Permission.CAN_VIEW_COST));
    }
}
