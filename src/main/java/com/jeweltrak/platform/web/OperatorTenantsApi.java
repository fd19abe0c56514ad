package com.jeweltrak.platform.web;

import java.time.DateTimeException;
import java.time.ZoneId;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.OpeningTenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Onboarding by the JewelTrak operator (operator token only, never a tenant user). */
@RestController
@Tag(name = "Operator")
class OperatorTenantsApi {

    record NewTenant(@NotBlank @Size(max = 120) String organizationName,
                     @NotBlank @Size(max = 120) String storeName,
                     @Size(max = 64) String timeZone,
                     @NotBlank @Size(max = 80) String ownerFirstName,
                     @Size(max = 80) String ownerLastName,
                     @NotBlank @Email @Size(max = 254) String ownerEmail,
                     @NotBlank @Size(max = 128) String ownerPassword) {
    }

    record TenantOpened(long tenantId, long storeId, long ownerUserId) {
    }

    private final OpeningTenant openingTenant;

    OperatorTenantsApi(OpeningTenant openingTenant) {
        this.openingTenant = openingTenant;
    }

    @PostMapping("/api/v1/admin/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a tenant with its first store and owner (operator token required)")
    TenantOpened open(@Valid @RequestBody NewTenant request) {
        ZoneId zone;
        try {
            zone = ZoneId.of(request.timeZone() == null || request.timeZone().isBlank() ? "America/New_York" : request.timeZone());
        } catch (DateTimeException e) {
            throw new BusinessRuleViolated("timeZone", "Unknown time zone; use an IANA name like America/Chicago.");
        }
        var opened = openingTenant.open(new OpeningTenant.Request(request.organizationName(), request.storeName(), zone,
                request.ownerFirstName(), request.ownerLastName(), request.ownerEmail(), request.ownerPassword()));
        return new TenantOpened(opened.tenant().value(), opened.store().value(), opened.owner().value());
    }
}
