package com.jeweltrak.inventory;

import java.util.Map;

/**
 * What only one family has (04-inventory §Adding Inventory Items R2): the attribute block the form shows
 * for that family, stored in the family's own table.
 */
public sealed interface FamilyDetails
        permits JewelryDetails, WatchDetails, DiamondDetails, ColoredStoneDetails, PearlDetails {

    Family family();

    /** Column → value of the family's table, for writing; constant column names, never user input. */
    Map<String, Object> columns();
}
