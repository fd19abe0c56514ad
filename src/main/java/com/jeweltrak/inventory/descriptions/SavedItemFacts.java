package com.jeweltrak.inventory.descriptions;

import java.util.List;

import com.jeweltrak.inventory.ItemId;

/**
 * More facts of a saved item for the AI (R2): its set stones and their certificate numbers, say. A feature
 * that keeps such records implements this as a bean; each line is one fact ("Set stone: 0.50 ct round diamond,
 * G VS1, GIA 1234567"). The seam for set stones (04-inventory §Set Stones), which are not on main yet.
 */
public interface SavedItemFacts {
    List<String> factsOf(ItemId item);
}
