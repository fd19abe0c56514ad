package com.jeweltrak.platform.demo;

import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;

/** The demo organization as contributors see it: its stores and its staff by role. */
public record DemoTenant(TenantId tenant, List<StoreId> stores, Map<String, UserId> usersByEmail) {
}
