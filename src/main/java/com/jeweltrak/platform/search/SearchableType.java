package com.jeweltrak.platform.search;

/**
 * A kind of record the global search finds (Search R2). A module declares one as a bean for each of its
 * record types; the search grows with the modules.
 *
 * @param key        the record type as stored and as it appears in URLs ({@code /peek/{key}/{id}})
 * @param label      one record, for a result row ("User")
 * @param groupLabel the group heading of results ("Users")
 * @param permission the permission a person needs to find these records at all (Search R7), or null
 * @param stores     how results are narrowed to the stores the person may work in (Search R7)
 */
public record SearchableType(String key, String label, String groupLabel, String permission, StoreRestriction stores) {

    public enum StoreRestriction {
        /**
         * Without CanViewAllStores only entries of a store on the person's store list, or of no store,
         * are found (decision 7).
         */
        BY_ENTRY_STORE,
        /** Records that belong to no store; nothing to narrow. */
        NONE
    }

    public SearchableType {
        if (key == null || !key.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a searchable type key is lower-case kebab: " + key);
        }
    }
}
