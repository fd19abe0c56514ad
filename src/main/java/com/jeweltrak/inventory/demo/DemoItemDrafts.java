package com.jeweltrak.inventory.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.FamilyDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.platform.tenancy.StoreId;

/**
 * The common half of a demo item — store, vendor, purchase date, cost and prices — around the family's own
 * attributes, which {@link DemoPieces} (jewelry, watches) and {@link DemoGems} (diamonds, colored stones,
 * pearls) make. Everything comes from the one seeded {@link Random}, so the demo is the same every time.
 */
final class DemoItemDrafts {

    /** An item to receive and how many of it. */
    record Planned(Item draft, NewStock stock) {
    }

    /** What a family generator decides: category, description, attributes, unit cost, how many, which carats. */
    record Made(String category, String description, FamilyDetails details, BigDecimal cost, BigDecimal quantity,
                BigDecimal carats, String serialNumber) {
    }

    /** Which demo vendors sell which family, by a word in their company name; any vendor when none matches. */
    private static final Map<Family, List<String>> SUPPLIES = Map.of(
            Family.JEWELRY, List.of("Casting", "Sterling", "Findings", "Reyes"),
            Family.WATCH, List.of("Time"),
            Family.DIAMOND, List.of("Diamond", "Antwerp"),
            Family.COLORED_STONE, List.of("Gems", "Emerald"),
            Family.PEARL, List.of("Pearl"));

    private final Random random;
    private final LocalDate today;
    private final List<StoreId> stores;
    private final Map<Family, List<ContactId>> vendors = new EnumMap<>(Family.class);
    private final DemoPieces pieces;
    private final DemoGems gems;

    DemoItemDrafts(Random random, LocalDate today, List<StoreId> stores, List<Contact> vendorContacts) {
        this.random = random;
        this.today = today;
        this.stores = stores;
        this.pieces = new DemoPieces(random, today);
        this.gems = new DemoGems(random);
        for (Family family : Family.values()) {
            List<ContactId> matching = new ArrayList<>();
            for (Contact vendor : vendorContacts) {
                String company = vendor.name().company() == null ? "" : vendor.name().company();
                if (SUPPLIES.get(family).stream().anyMatch(company::contains)) matching.add(vendor.id());
            }
            if (matching.isEmpty()) vendorContacts.forEach(v -> matching.add(v.id()));
            vendors.put(family, matching);
        }
    }

    Planned next(Family family) {
        Made made = switch (family) {
            case JEWELRY -> pieces.jewelry();
            case WATCH -> pieces.watch();
            case DIAMOND -> gems.diamond();
            case COLORED_STONE -> gems.coloredStone();
            case PEARL -> gems.pearl();
        };
        // the main store carries about two thirds of the stock
        StoreId store = stores.size() == 1 || random.nextInt(3) < 2 ? stores.getFirst() : stores.get(1 + random.nextInt(stores.size() - 1));
        List<ContactId> sellers = vendors.get(family);
        ContactId vendor = sellers.isEmpty() ? null : sellers.get(random.nextInt(sellers.size()));
        LocalDate bought = today.minusDays(random.nextInt(3 * 365));
        BigDecimal retail = retail(made.cost());
        String invoice = "INV-" + bought.getYear() + "-" + (1000 + random.nextInt(9000));
        Item draft = new Item(null, 0, store, made.category(), vendor, made.description(),
                new Item.Identifiers(made.serialNumber(), "Case " + (1 + random.nextInt(24)), invoice, null),
                true, bought, made.cost(), new Item.Prices(retail, null, null, retail), null, made.details());
        return new Planned(draft, new NewStock(made.quantity(), made.carats()));
    }

    /** A tag price of 2–3× cost, rounded to whole dollars (to $5 above $100) the way stores tag. */
    private BigDecimal retail(BigDecimal cost) {
        double price = cost.doubleValue() * (2 + random.nextDouble());
        long rounded = price < 100 ? Math.max(1, Math.round(price)) : Math.round(price / 5) * 5;
        return BigDecimal.valueOf(rounded).setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static double between(Random random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }
}
