package com.jeweltrak.inventory.bulk;

import java.util.Arrays;
import java.util.Optional;

import com.jeweltrak.inventory.Family;

/** The five inventory lists' keys ({@code inventory.jewelry} …) and the family each shows. */
public final class FamilyLists {

    private FamilyLists() {
    }

    public static String key(Family family) {
        return "inventory." + family.slug();
    }

    public static Optional<Family> familyOf(String listKey) {
        return Arrays.stream(Family.values()).filter(f -> key(f).equals(listKey)).findFirst();
    }
}
