package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.jeweltrak.inventory.AllowedValues;
import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemBadges;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.WatchDetails;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.CellMarks;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The five inventory lists (04-inventory §0: "five inventory lists"), each with the columns its family
 * needs. Items in stock show unless the Stock filter asks for others; the store filter is added per tenant
 * by {@link InventoryController}. Cost is never rendered for someone without CanViewCost.
 */
@Configuration(proxyBeanMethods = false)
class InventoryLists {

    static final String STOCK_FILTER = "stock";
    static final String COST_COLUMN = "cost";
    static final String STORE_FILTER = "store";
    private static final List<ListFilter.Option> STOCK_OPTIONS = List.of(
            new ListFilter.Option("all", "All items", "i.in_stock >= 0"),
            new ListFilter.Option("memo", "On memo", "i.on_memo > 0"),
            new ListFilter.Option("none", "None in stock", "i.in_stock = 0"));

    static String key(Family family) {
        return "inventory." + family.slug();
    }

    @Bean
    ListDefinition<Item> jewelryListDefinition(Items items, StoreNames stores, ItemBadges badges) {
        return list(Family.JEWELRY, items, stores, badges, List.of(
                detail("metal", "Metal", JewelryDetails.class, JewelryDetails::metal, "lower(f.metal)"),
                detail("karat", "Karat", JewelryDetails.class, JewelryDetails::karat, "f.karat"),
                detail("metalWeight", "Weight (g)", JewelryDetails.class, JewelryDetails::metalWeightGrams, "f.metal_weight_g").right(),
                detail("ringSize", "Ring size", JewelryDetails.class, JewelryDetails::ringSize, "f.ring_size").right()
                        .hiddenByDefault()));
    }

    @Bean
    ListDefinition<Item> watchesListDefinition(Items items, StoreNames stores, ItemBadges badges) {
        return list(Family.WATCH, items, stores, badges, List.of(
                detail("brand", "Brand", WatchDetails.class, WatchDetails::brand, "lower(f.brand)"),
                detail("model", "Model", WatchDetails.class, WatchDetails::model, "lower(f.model)"),
                detail("reference", "Reference", WatchDetails.class, WatchDetails::referenceNumber, "f.reference_number"),
                serial(),
                detail("year", "Year", WatchDetails.class, WatchDetails::year, "f.model_year").hiddenByDefault()));
    }

    @Bean
    ListDefinition<Item> diamondsListDefinition(Items items, StoreNames stores, ItemBadges badges) {
        return list(Family.DIAMOND, items, stores, badges, List.of(
                detail("shape", "Shape", DiamondDetails.class, DiamondDetails::shape, "lower(f.shape)"),
                carats(),
                detail("color", "Color", DiamondDetails.class, d -> d.color() != null ? d.color() : d.fancyColor(), "f.color"),
                detail("clarity", "Clarity", DiamondDetails.class, DiamondDetails::clarity, "f.clarity"),
                detail("cut", "Cut", DiamondDetails.class, d -> AllowedValues.label(AllowedValues.GRADES, d.cut()), "f.cut"),
                detail("lab", "Lab", DiamondDetails.class, DiamondDetails::lab, "f.lab"),
                detail("cert", "Cert #", DiamondDetails.class, DiamondDetails::certNumber, "f.cert_number")));
    }

    @Bean
    ListDefinition<Item> coloredStonesListDefinition(Items items, StoreNames stores, ItemBadges badges) {
        return list(Family.COLORED_STONE, items, stores, badges, List.of(
                detail("species", "Species", ColoredStoneDetails.class, ColoredStoneDetails::species, "lower(f.species)"),
                carats(),
                detail("origin", "Origin", ColoredStoneDetails.class, ColoredStoneDetails::origin, "lower(f.origin)"),
                detail("treatment", "Treatment", ColoredStoneDetails.class,
                        c -> AllowedValues.label(AllowedValues.TREATMENTS, c.treatment()), "f.treatment")));
    }

    @Bean
    ListDefinition<Item> pearlsListDefinition(Items items, StoreNames stores, ItemBadges badges) {
        return list(Family.PEARL, items, stores, badges, List.of(
                detail("pearlType", "Type", PearlDetails.class, p -> AllowedValues.label(AllowedValues.PEARL_TYPES, p.type()),
                        "f.pearl_type"),
                detail("size", "Size (mm)", PearlDetails.class, InventoryLists::pearlSize, "f.size_from_mm"),
                detail("shape", "Shape", PearlDetails.class, p -> AllowedValues.label(AllowedValues.PEARL_SHAPES, p.shape()),
                        "f.shape"),
                detail("luster", "Luster", PearlDetails.class, p -> AllowedValues.label(AllowedValues.LUSTERS, p.luster()),
                        "f.luster")));
    }

    private static ListDefinition<Item> list(Family family, Items items, StoreNames stores, ItemBadges badges,
                                            List<Column<Item>> familyColumns) {
        ListDefinition.Builder<Item> b = ListDefinition.builder(key(family), Item.class)
                .title(family.plural())
                .pageUrl("/inventory/" + family.slug())
                .permission(family.viewPermission())
                .domIds("itemResults", "itemList")
                .column(Column.<Item>of("stockId", "StockID", Item::stockId).identifying().sortedBy("i.stock_number")
                        .linkedTo(i -> "/inventory/items/" + i.id()).marked(rows -> marks(badges, rows)))
                .column(Column.<Item>of("description", "Description", InventoryLists::description).sortedBy("lower(i.category)"));
        familyColumns.forEach(b::column);
        return b.column(Column.<Item>of("store", "Store", i -> stores.name(i.store())).sortedBy("i.store_id"))
                .column(Column.<Item>of("inStock", "In stock", i -> i.quantities().inStock().stripTrailingZeros().toPlainString())
                        .right().sortedBy("i.in_stock"))
                .column(Column.<Item>of("onMemo", "On memo", i -> i.quantities().onMemo().stripTrailingZeros().toPlainString())
                        .right().sortedBy("i.on_memo").hiddenByDefault())
                // a user without CanViewCost never gets this column (InventoryController drops it); the value is
                // also withheld here, so an export cannot carry it either
                .column(Column.<Item>of(COST_COLUMN, "Cost", i -> CurrentUser.get()
                        .filter(u -> u.can(Permission.CAN_VIEW_COST)).map(u -> money(i.cost())).orElse(null))
                        .right().sortedBy("i.cost"))
                .column(Column.<Item>of("price1", "Price 1", i -> money(i.prices().price1())).right().sortedBy("i.price1"))
                .column(Column.<Item>of("retail", "Retail", i -> money(i.prices().retail())).right().sortedBy("i.retail_price"))
                .filter(new ListFilter(STOCK_FILTER, "Stock", "In stock only", STOCK_OPTIONS))
                .defaultOrder("i.stock_number desc")
                .id("i.id", i -> i.id().value())
                .peek(i -> "/peek/" + family.recordType() + "/" + i.id())
                .source(new ListSource<>() {
                    @Override
                    public Paged<Item> page(ListQuery query) {
                        return items.page(family, scoped(inStockUnlessAsked(query)));
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super Item> row) {
                        items.each(family, scoped(inStockUnlessAsked(query)), row);
                    }
                })
                .build();
    }

    /** Other modules' marks of the page's items (a partnership's "P"), asked for once per page. */
    private static Map<Long, List<CellMarks.Mark>> marks(ItemBadges badges, List<Item> rows) {
        Map<Long, List<CellMarks.Mark>> marks = new HashMap<>();
        badges.of(rows.stream().map(Item::id).toList()).forEach((item, itemMarks) -> marks.put(item.value(),
                itemMarks.stream().map(m -> new CellMarks.Mark(m.letter(), m.title(), m.cssClass())).toList()));
        return marks;
    }

    /** Only the stores the person may see (decision 7). */
    private static ListQuery scoped(ListQuery query) {
        return new ListQuery(query.search(), StoreScope.restrict(query.conditions()), query.orderBy(), query.page(),
                query.size());
    }

    /** The lists show what is in the store unless the Stock filter asks for more. */
    private static ListQuery inStockUnlessAsked(ListQuery query) {
        if (STOCK_OPTIONS.stream().anyMatch(o -> query.conditions().contains(o.sql()))) return query;
        List<String> conditions = new ArrayList<>(query.conditions());
        conditions.add("i.in_stock > 0");
        return new ListQuery(query.search(), conditions, query.orderBy(), query.page(), query.size());
    }

    private static <D> Column<Item> detail(String key, String label, Class<D> type, Function<D, ?> value, String sort) {
        return Column.<Item>of(key, label, i -> type.isInstance(i.details()) ? plain(value.apply(type.cast(i.details()))) : null)
                .sortedBy(sort);
    }

    private static Column<Item> carats() {
        return Column.<Item>of("carats", "Carats", i -> Carats.text(i.quantities().carats())).right().sortedBy("i.carats");
    }

    private static Column<Item> serial() {
        return Column.<Item>of("serial", "Serial #", i -> i.identifiers().serialNumber()).sortedBy("i.serial_number");
    }

    private static Object plain(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value;
    }

    static String description(Item item) {
        return item.description() == null ? item.category() : item.category() + " — " + item.description();
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : "$" + String.format("%,.2f", amount);
    }

    private static String pearlSize(PearlDetails p) {
        if (p.sizeFromMm() == null) return null;
        String from = p.sizeFromMm().stripTrailingZeros().toPlainString();
        return p.sizeToMm() == null || p.sizeToMm().compareTo(p.sizeFromMm()) == 0 ? from
                : from + " – " + p.sizeToMm().stripTrailingZeros().toPlainString();
    }
}
