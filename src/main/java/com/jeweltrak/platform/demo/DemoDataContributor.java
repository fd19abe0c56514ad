package com.jeweltrak.platform.demo;

/**
 * A module's share of the demo tenant. Each module that owns records adds a contributor; they run
 * in {@link #order()} inside the demo tenant, after the organization, stores and users exist.
 */
public interface DemoDataContributor {

    /** Lower runs first; modules whose records others point at (contacts, inventory) go early. */
    int order();

    void contribute(DemoTenant tenant, DemoSize size);
}
