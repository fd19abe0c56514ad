package com.jeweltrak.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;

/**
 * Secondaries were merged into a primary (Consolidation R2–R5): their records now point at the primary.
 * Published in the merge's transaction; integrations push the surviving record (12-online §Mailchimp R11).
 *
 * @param moved rows moved per reference label ("Resale certificates" → 2)
 * @param mergedBy null for system work
 */
public record ContactsMerged(TenantId tenant, ContactId primary, List<ContactId> secondaries, Map<String, Long> moved,
                             UserId mergedBy, Instant mergedAt) {

    public ContactsMerged {
        secondaries = List.copyOf(secondaries);
        moved = Map.copyOf(moved);
    }
}
