/**
 * The shared kernel every module stands on: tenancy and row-level security, sign-in, users and
 * permissions, the audit capture, the web shell and demo data.
 * <p>
 * It is an open module on purpose: every feature module needs the tenant, the signed-in user, the
 * permission catalog and the page layout, and routing each through a facade would only add
 * ceremony. Nothing in it may depend on a feature module; feature modules plug in through
 * interfaces it declares (for example {@link com.jeweltrak.platform.demo.DemoDataContributor}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.jeweltrak.platform;
