package com.jeweltrak.inventory.web;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.jeweltrak.platform.picklists.PickList;
import com.jeweltrak.platform.picklists.PickListValue;
import com.jeweltrak.platform.picklists.PickListValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The open lists of the item form (04-inventory §Adding Inventory Items: "list-maintained" category, metal,
 * karat, shape, brand, case material, species, origin): typed freely with suggestions, kept in List
 * Maintenance so a store can tidy its spellings.
 */
@Configuration(proxyBeanMethods = false)
class InventoryPickLists {

    static final String CATEGORY = "inventory.category";
    static final String METAL = "inventory.metal";
    static final String KARAT = "inventory.karat";
    static final String STONE_SHAPE = "inventory.stone-shape";
    static final String WATCH_BRAND = "inventory.watch-brand";
    static final String CASE_MATERIAL = "inventory.case-material";
    static final String SPECIES = "inventory.species";
    static final String STONE_ORIGIN = "inventory.stone-origin";

    /** What the form suggests before a store has typed anything (the spec's value tables). */
    static final Map<String, List<String>> STARTING_VALUES = Map.of(
            CATEGORY, List.of("Ring", "Engagement Ring", "Wedding Band", "Pendant", "Necklace", "Chain", "Earrings", "Bracelet",
                    "Bangle", "Brooch/Pin", "Charm", "Cufflinks", "Set", "Loose Diamond", "Loose Stone", "Watch", "Strand", "Other"),
            METAL, List.of("Yellow Gold", "White Gold", "Rose Gold", "Two-Tone", "Platinum", "Palladium", "Sterling Silver", "Other"),
            KARAT, List.of("9K", "10K", "14K", "18K", "22K", "24K", "PT950", "925"),
            STONE_SHAPE, List.of("Round", "Princess", "Cushion", "Oval", "Emerald", "Asscher", "Radiant", "Marquise", "Pear",
                    "Heart", "Other"),
            WATCH_BRAND, List.of(),
            CASE_MATERIAL, List.of("Stainless Steel", "Yellow Gold", "White Gold", "Rose Gold", "Two-Tone", "Platinum",
                    "Titanium", "Ceramic", "Other"),
            SPECIES, List.of("Ruby", "Sapphire", "Emerald", "Tanzanite", "Spinel", "Tourmaline", "Aquamarine", "Garnet",
                    "Opal", "Topaz", "Amethyst"),
            STONE_ORIGIN, List.of("Burma", "Sri Lanka", "Thailand", "Madagascar", "Mozambique", "Colombia", "Zambia",
                    "Brazil", "Tanzania"));

    @Bean
    PickList inventoryCategoryList() {
        return PickList.of(CATEGORY, "Inventory category", new PickList.Usage("item", "category"));
    }

    @Bean
    PickList inventoryMetalList() {
        return PickList.of(METAL, "Metal", new PickList.Usage("item_jewelry", "metal"));
    }

    @Bean
    PickList inventoryKaratList() {
        return PickList.of(KARAT, "Karat / purity", new PickList.Usage("item_jewelry", "karat"));
    }

    @Bean
    PickList inventoryStoneShapeList() {
        return PickList.of(STONE_SHAPE, "Stone shape", new PickList.Usage("item_diamond", "shape"),
                new PickList.Usage("item_colored_stone", "shape"));
    }

    @Bean
    PickList inventoryWatchBrandList() {
        return PickList.of(WATCH_BRAND, "Watch brand", new PickList.Usage("item_watch", "brand"));
    }

    @Bean
    PickList inventoryCaseMaterialList() {
        return PickList.of(CASE_MATERIAL, "Watch case material", new PickList.Usage("item_watch", "case_material"));
    }

    @Bean
    PickList inventorySpeciesList() {
        return PickList.of(SPECIES, "Colored stone species", new PickList.Usage("item_colored_stone", "species"));
    }

    @Bean
    PickList inventoryStoneOriginList() {
        return PickList.of(STONE_ORIGIN, "Colored stone origin", new PickList.Usage("item_colored_stone", "origin"));
    }

    /** The suggestions of one list: its starting values and whatever the tenant has used or kept. */
    static List<String> suggestions(PickList list, PickListValues values) {
        TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.addAll(STARTING_VALUES.getOrDefault(list.key(), List.of()));
        values.of(list).stream().map(PickListValue::value).forEach(all::add);
        return List.copyOf(all);
    }
}
