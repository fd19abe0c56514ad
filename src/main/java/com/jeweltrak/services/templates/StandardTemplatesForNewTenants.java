package com.jeweltrak.services.templates;

import com.jeweltrak.platform.tenancy.TenantOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every tenant starts with the 14 standard job templates (03-services §8 R3): they are seeded when the tenant is
 * opened, in its opening transaction (the tenant is bound there), through the same use case as the settings page's
 * "Add the standard templates". Seeding skips names the tenant has, so the demo's own seeding adds nothing twice.
 */
@Component
class StandardTemplatesForNewTenants {

    private final SeedingTheStandardTemplates seeding;

    StandardTemplatesForNewTenants(SeedingTheStandardTemplates seeding) {
        this.seeding = seeding;
    }

    @EventListener
    void on(TenantOpened opened) {
        seeding.seed();
    }
}
