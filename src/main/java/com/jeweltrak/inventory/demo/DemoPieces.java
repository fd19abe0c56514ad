package com.jeweltrak.inventory.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.WatchDetails;

import static com.jeweltrak.inventory.demo.DemoItemDrafts.between;
import static com.jeweltrak.inventory.demo.DemoItemDrafts.decimal;
import static com.jeweltrak.inventory.demo.DemoItemDrafts.money;
import static com.jeweltrak.inventory.demo.DemoItemDrafts.pick;

/** Demo jewelry (metals, karats, gram weights, ring sizes) and watches (brands, references, serials, box and papers). */
final class DemoPieces {

    /** Category, what it is, grams from–to, cost from–to (one piece), whether it has a ring size / a length. */
    private record Kind(String category, String[] styles, double gramsFrom, double gramsTo, double costFrom, double costTo,
                        boolean sized, double[] lengths, int weight) {
    }

    private static final double[] NONE = {};
    private static final Kind[] KINDS = {
            new Kind("Ring", new String[]{"Diamond Fashion Ring", "Sapphire & Diamond Ring", "Signet Ring", "Stackable Band",
                    "Cocktail Ring", "Birthstone Ring"}, 2.5, 9, 150, 2_500, true, NONE, 22),
            new Kind("Engagement Ring", new String[]{"Solitaire Engagement Ring 1.00 ct", "Halo Engagement Ring 0.75 ctw",
                    "Three-Stone Engagement Ring 1.50 ctw", "Pavé Engagement Ring 0.50 ctw", "Hidden Halo Semi-Mount"},
                    3, 7, 800, 9_000, true, NONE, 12),
            new Kind("Wedding Band", new String[]{"Comfort Fit Band 6 mm", "Diamond Eternity Band 1.00 ctw",
                    "Milgrain Band 4 mm", "Brushed Band 7 mm", "Anniversary Band 0.50 ctw"}, 3, 12, 120, 1_800, true, NONE, 14),
            new Kind("Pendant", new String[]{"Diamond Solitaire Pendant 0.33 ct", "Cross Pendant", "Heart Pendant",
                    "Initial Pendant", "Emerald Halo Pendant"}, 1, 5, 80, 2_000, false, NONE, 14),
            new Kind("Necklace", new String[]{"Diamond Tennis Necklace 3.00 ctw", "Bar Necklace", "Station Necklace",
                    "Lariat Necklace", "Graduated Pearl & Gold Necklace"}, 4, 25, 150, 3_000, false, new double[]{16, 18, 20}, 10),
            new Kind("Chain", new String[]{"Rope Chain 2.5 mm", "Cable Chain 1.2 mm", "Franco Chain 3 mm", "Figaro Chain 4 mm",
                    "Box Chain 1 mm", "Curb Chain 5 mm"}, 2, 30, 60, 900, false, new double[]{16, 18, 20, 22, 24}, 12),
            new Kind("Earrings", new String[]{"Diamond Stud Earrings 0.50 ctw", "Hoop Earrings 20 mm", "Huggie Earrings",
                    "Drop Earrings", "Sapphire Halo Studs"}, 1, 6, 80, 2_500, false, NONE, 14),
            new Kind("Bracelet", new String[]{"Diamond Tennis Bracelet 2.00 ctw", "Link Bracelet", "Bangle",
                    "Charm Bracelet", "Cuff Bracelet"}, 5, 30, 150, 4_000, false, new double[]{7, 7.5, 8}, 10),
            new Kind("Findings", new String[]{"Lobster Clasp 12 mm", "Jump Rings 5 mm (pack)", "Earring Backs (pair)",
                    "Spring Ring Clasp 6 mm", "Bail"}, 0.2, 1, 2, 15, false, NONE, 2)};
    private static final String[][] METALS = {{"Yellow Gold", "10K", "14K", "18K"}, {"White Gold", "10K", "14K", "18K"},
            {"Rose Gold", "14K", "18K"}, {"Two-Tone", "14K"}, {"Platinum", "PT950"}, {"Sterling Silver", "925"}};
    private static final int KIND_WEIGHTS = java.util.Arrays.stream(KINDS).mapToInt(Kind::weight).sum();

    /** Brand, model, reference, movement, case mm, cost from–to (new), case material. */
    private record Model(String brand, String model, String reference, String movement, int caseMm, double costFrom,
                         double costTo, String caseMaterial) {
    }

    private static final Model[] MODELS = {
            new Model("Rolex", "Submariner Date", "126610LN", "AUTOMATIC", 41, 9_500, 14_000, "Stainless Steel"),
            new Model("Rolex", "Datejust 41", "126334", "AUTOMATIC", 41, 8_500, 12_500, "Stainless Steel"),
            new Model("Rolex", "GMT-Master II", "126710BLRO", "AUTOMATIC", 40, 10_500, 19_000, "Stainless Steel"),
            new Model("Rolex", "Day-Date 40", "228238", "AUTOMATIC", 40, 30_000, 38_000, "Yellow Gold"),
            new Model("Omega", "Seamaster Diver 300M", "210.30.42.20.01.001", "AUTOMATIC", 42, 3_800, 4_600, "Stainless Steel"),
            new Model("Omega", "Speedmaster Moonwatch", "310.30.42.50.01.001", "MANUAL", 42, 4_800, 5_800, "Stainless Steel"),
            new Model("Omega", "Aqua Terra 150M", "220.10.41.21.03.001", "AUTOMATIC", 41, 4_200, 5_200, "Stainless Steel"),
            new Model("Tag Heuer", "Carrera Chronograph", "CBN2A1B.BA0643", "AUTOMATIC", 44, 3_500, 4_500, "Stainless Steel"),
            new Model("Tag Heuer", "Aquaracer Professional 300", "WBP201A.BA0632", "AUTOMATIC", 43, 2_000, 2_600, "Stainless Steel"),
            new Model("Tag Heuer", "Formula 1", "WAZ1110.BA0875", "QUARTZ", 41, 850, 1_100, "Stainless Steel"),
            new Model("Cartier", "Tank Must", "WSTA0041", "QUARTZ", 34, 2_000, 2_600, "Stainless Steel"),
            new Model("Cartier", "Santos de Cartier", "WSSA0018", "AUTOMATIC", 40, 4_700, 5_600, "Stainless Steel"),
            new Model("Cartier", "Ballon Bleu", "WSBB0046", "AUTOMATIC", 40, 4_000, 5_000, "Stainless Steel"),
            new Model("Seiko", "Presage Cocktail Time", "SRPB43", "AUTOMATIC", 40, 230, 320, "Stainless Steel"),
            new Model("Seiko", "Prospex Diver", "SPB143", "AUTOMATIC", 40, 700, 900, "Stainless Steel"),
            new Model("Seiko", "5 Sports", "SRPD55", "AUTOMATIC", 42, 150, 210, "Stainless Steel"),
            new Model("Citizen", "Promaster Diver Eco-Drive", "BN0150-28E", "QUARTZ", 44, 140, 190, "Stainless Steel"),
            new Model("Citizen", "Corso Eco-Drive", "BM7100-59E", "QUARTZ", 41, 130, 180, "Stainless Steel"),
            new Model("Longines", "HydroConquest", "L3.781.4.56.6", "AUTOMATIC", 41, 1_100, 1_400, "Stainless Steel"),
            new Model("Tissot", "PRX", "T137.410.11.041.00", "QUARTZ", 40, 200, 260, "Stainless Steel"),
            new Model("Breitling", "Navitimer B01 Chronograph 43", "AB0138211B1P1", "AUTOMATIC", 43, 6_000, 7_300, "Stainless Steel"),
            new Model("Breitling", "Superocean Automatic 42", "A17375211B1S1", "AUTOMATIC", 42, 3_100, 3_600, "Stainless Steel")};
    private static final String[] DIALS = {"Black", "Blue", "White", "Silver", "Green", "Champagne", "Grey"};
    private static final String[] BRACELETS = {"Steel bracelet", "Leather strap", "Rubber strap", "Oyster bracelet",
            "Jubilee bracelet", "NATO strap"};

    private final Random random;
    private final LocalDate today;

    DemoPieces(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    DemoItemDrafts.Made jewelry() {
        Kind kind = kind();
        String[] metal = pick(random, METALS);
        // nobody sells a silver engagement ring or wedding band here; draw again until it is gold or platinum
        while (metal[1].equals("925") && (kind.category().equals("Engagement Ring") || kind.category().equals("Wedding Band"))) {
            metal = pick(random, METALS);
        }
        String karat = metal[1 + random.nextInt(metal.length - 1)];
        double grams = between(random, kind.gramsFrom(), kind.gramsTo());
        // precious metal and high karat cost more; silver is a fraction of gold
        double metalFactor = switch (karat) {
            case "925" -> 0.08;
            case "10K" -> 0.8;
            case "18K", "PT950" -> 1.35;
            default -> 1.0;
        };
        double cost = between(random, kind.costFrom(), kind.costTo()) * metalFactor;
        BigDecimal ringSize = kind.sized() ? BigDecimal.valueOf(4 + random.nextInt(25) * 0.25) : null;
        BigDecimal length = kind.lengths().length == 0 ? null : BigDecimal.valueOf(kind.lengths()[random.nextInt(kind.lengths().length)]);
        boolean gents = kind.category().equals("Wedding Band") ? random.nextBoolean() : random.nextInt(10) == 0;
        boolean estate = random.nextInt(10) == 0;
        // findings and chains come in lots: a card of clasps, a few of the same chain
        BigDecimal quantity = switch (kind.category()) {
            case "Findings" -> BigDecimal.valueOf(10 + random.nextInt(41));
            case "Chain" -> random.nextInt(3) == 0 ? BigDecimal.valueOf(2 + random.nextInt(5)) : BigDecimal.ONE;
            default -> BigDecimal.ONE;
        };
        String style = pick(random, kind.styles());
        String description = karat + " " + metal[0] + " " + style + (length == null ? "" : " " + length.stripTrailingZeros().toPlainString() + "\"")
                + (estate ? " (estate)" : "");
        return new DemoItemDrafts.Made(kind.category(), description,
                new JewelryDetails(metal[0], karat, decimal(grams, 2), ringSize, length, gents ? "GENTS" : "LADIES",
                        estate ? "ESTATE" : "NEW"),
                money(cost), quantity, null, null);
    }

    private Kind kind() {
        int roll = random.nextInt(KIND_WEIGHTS);
        for (Kind kind : KINDS) {
            roll -= kind.weight();
            if (roll < 0) return kind;
        }
        return KINDS[0];
    }

    DemoItemDrafts.Made watch() {
        Model model = pick(random, MODELS);
        int roll = random.nextInt(10);
        String condition = roll < 6 ? "NEW" : roll < 7 ? "UNWORN" : "PRE_OWNED";
        boolean isNew = condition.equals("NEW");
        int year = isNew ? today.getYear() - random.nextInt(2) : today.getYear() - 1 - random.nextInt(25);
        boolean box = isNew || random.nextInt(3) > 0;
        boolean papers = isNew || random.nextInt(2) == 0;
        // pre-owned pieces trade below new, more so without their box and papers
        double cost = between(random, model.costFrom(), model.costTo()) * (isNew ? 1 : papers ? 0.85 : 0.7);
        String dial = pick(random, DIALS);
        String serial = serial();
        String gender = model.caseMm() < 36 ? "LADIES" : random.nextInt(5) == 0 ? "UNISEX" : "GENTS";
        String description = model.brand() + " " + model.model() + " " + model.reference() + ", " + model.caseMm() + " mm, "
                + dial.toLowerCase() + " dial" + (isNew ? "" : ", " + year) + (box && papers ? ", box & papers" : "");
        return new DemoItemDrafts.Made("Watch", description,
                new WatchDetails(model.brand(), model.model(), model.reference(), year, model.caseMaterial(),
                        BigDecimal.valueOf(model.caseMm()), dial, null, pick(random, BRACELETS), model.movement(), box, papers,
                        condition, gender),
                money(cost), BigDecimal.ONE, null, serial);
    }

    private String serial() {
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        StringBuilder serial = new StringBuilder();
        for (int i = 0; i < 2; i++) serial.append(letters.charAt(random.nextInt(letters.length())));
        for (int i = 0; i < 6; i++) serial.append(random.nextInt(10));
        return serial.toString();
    }
}
