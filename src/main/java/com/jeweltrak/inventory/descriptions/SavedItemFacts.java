package com.jeweltrak.inventory.descriptions;

import java.util.List;

import com.jeweltrak.inventory.ItemId;

/**
 * More facts of a saved item for the AI (R2): its set stones and their certificate numbers, say. A feature
 * that keeps such records implements this as a bean; each line is one fact ("Set stone: Diamond 0.5 ct Round G VS1,
 * GIA 1234567"). Set stones are one ({@link SetStoneFacts}); others (photos' captions, say) can add theirs.
 */
public interface SavedItemFacts {
    List<String> factsOf(ItemId item);
}
