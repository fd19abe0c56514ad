/**
 * Settings (10-settings): the tenant admin's pages and API for the organization and its stores.
 * <p>
 * It depends on the platform module only. Platform is an open shared kernel: the Store and
 * Organization aggregates and their repositories live there because sign-in, the store switcher and
 * every feature module need them before any setting is edited; this module owns the use cases that
 * change them (who may, and which rules span more than one record: unique store names, at least one
 * active store). Nothing outside this module should write stores or organization settings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package com.jeweltrak.settings;
