package com.jeweltrak.platform.picklists;

import java.util.List;

/**
 * Published inside the transaction of a rename, merge or delete: records holding {@code from} now hold
 * {@code to}. A module that keeps data derived from a list's column (a search entry, a cache) listens
 * and follows in the same transaction.
 */
public record ValuesRewritten(PickList list, List<String> from, String to, long records) {
}
