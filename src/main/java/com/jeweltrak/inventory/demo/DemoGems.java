package com.jeweltrak.inventory.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.PearlDetails;

import static com.jeweltrak.inventory.demo.DemoItemDrafts.between;
import static com.jeweltrak.inventory.demo.DemoItemDrafts.decimal;
import static com.jeweltrak.inventory.demo.DemoItemDrafts.money;
import static com.jeweltrak.inventory.demo.DemoItemDrafts.pick;

/**
 * Demo loose diamonds (4Cs, GIA/IGI certificates, fancy yellows, lab-grown, melee parcels), colored stones
 * (species, origins, treatments, lab reports) and pearls (strands and pairs). Certificate numbers climb by a
 * random step from a lab-looking start, so they are unique per lab however many stones are made.
 */
final class DemoGems {

    private static final String[] SHAPES = {"Round", "Round", "Round", "Round", "Oval", "Cushion", "Princess", "Emerald",
            "Pear", "Radiant", "Marquise", "Asscher", "Heart"};
    private static final String[] COLORS = {"D", "E", "F", "G", "G", "H", "H", "I", "J", "K"};
    private static final String[] CLARITIES = {"VVS1", "VVS2", "VS1", "VS1", "VS2", "VS2", "SI1", "SI1", "SI2"};
    private static final String[] FANCY = {"Fancy Light Yellow", "Fancy Yellow", "Fancy Intense Yellow", "Fancy Vivid Yellow"};
    private static final String[] GRADES = {"EXCELLENT", "EXCELLENT", "VERY_GOOD", "GOOD"};
    private static final String[] FLUORESCENCE = {"NONE", "NONE", "NONE", "FAINT", "FAINT", "MEDIUM", "STRONG"};

    /** Species, variety, colour, where from, how usually treated, cost per carat from–to. */
    private record Species(String species, String variety, String color, String[] origins, String[] treatments,
                           double perCaratFrom, double perCaratTo) {
    }

    private static final Species[] SPECIES = {
            new Species("Ruby", null, "Pigeon blood red", new String[]{"Burma", "Mozambique", "Thailand"},
                    new String[]{"HEATED", "HEATED", "NONE", "FILLED"}, 600, 6_000),
            new Species("Sapphire", null, "Royal blue", new String[]{"Sri Lanka", "Madagascar", "Montana", "Burma"},
                    new String[]{"HEATED", "HEATED", "NONE", "DIFFUSED"}, 400, 4_500),
            new Species("Sapphire", "Pink sapphire", "Pink", new String[]{"Madagascar", "Sri Lanka"},
                    new String[]{"HEATED", "NONE"}, 300, 2_500),
            new Species("Sapphire", "Padparadscha", "Pinkish orange", new String[]{"Sri Lanka"},
                    new String[]{"NONE", "HEATED"}, 2_000, 9_000),
            new Species("Emerald", null, "Vivid green", new String[]{"Colombia", "Zambia", "Brazil"},
                    new String[]{"OILED", "OILED", "NONE", "FILLED"}, 500, 5_000),
            new Species("Tanzanite", null, "Violetish blue", new String[]{"Tanzania"}, new String[]{"HEATED"}, 150, 600),
            new Species("Spinel", null, "Hot pink", new String[]{"Burma", "Tanzania", "Vietnam"}, new String[]{"NONE"}, 300, 2_500),
            new Species("Tourmaline", "Rubellite", "Raspberry red", new String[]{"Brazil", "Nigeria"},
                    new String[]{"NONE", "HEATED"}, 80, 500),
            new Species("Tourmaline", "Paraíba", "Neon blue", new String[]{"Brazil", "Mozambique"},
                    new String[]{"HEATED", "NONE"}, 1_500, 8_000),
            new Species("Aquamarine", null, "Santa Maria blue", new String[]{"Brazil", "Madagascar"},
                    new String[]{"HEATED", "NONE"}, 60, 400),
            new Species("Garnet", "Tsavorite", "Emerald green", new String[]{"Kenya", "Tanzania"}, new String[]{"NONE"}, 300, 1_800)};
    private static final String[] STONE_SHAPES = {"Oval", "Cushion", "Round", "Emerald", "Pear", "Trillion"};
    private static final String[] STONE_LABS = {"AGL", "GRS", "GIA", "SSEF", "GUBELIN"};

    /** Pearl type, size from–to mm, body colours, overtones, cost per strand from–to. */
    private record Pearls(String type, double sizeFrom, double sizeTo, String[] colors, String[] overtones, double costFrom,
                          double costTo) {
    }

    private static final Pearls[] PEARLS = {
            new Pearls("AKOYA", 6, 8.5, new String[]{"White"}, new String[]{"Rose", "Silver"}, 300, 1_800),
            new Pearls("FRESHWATER", 5, 10, new String[]{"White", "Pink", "Lavender"}, new String[]{"Rose", "None"}, 60, 500),
            new Pearls("SOUTH_SEA", 9, 14, new String[]{"White", "Golden"}, new String[]{"Silver", "Gold"}, 1_500, 9_000),
            new Pearls("TAHITIAN", 8, 13, new String[]{"Black", "Peacock", "Grey"}, new String[]{"Green", "Aubergine"}, 800, 5_000)};

    private final Random random;
    private final Map<String, Long> nextCertificate = new HashMap<>(Map.of(
            "GIA", 2_200_000_000L, "IGI", 560_000_000L, "AGL", 1_100_000L, "GRS", 2_020_000L, "SSEF", 100_000L,
            "GUBELIN", 20_000_000L));

    DemoGems(Random random) {
        this.random = random;
    }

    DemoItemDrafts.Made diamond() {
        int roll = random.nextInt(100);
        if (roll < 3) return melee();
        boolean fancy = roll < 7;
        boolean labGrown = !fancy && roll >= 85;
        String shape = fancy ? pick(random, new String[]{"Cushion", "Radiant", "Oval"}) : pick(random, SHAPES);
        double r = random.nextDouble();
        BigDecimal carats = decimal(0.30 + 2.70 * r * r, 2);
        double ct = carats.doubleValue();
        String color = fancy ? null : pick(random, COLORS);
        String fancyColor = fancy ? pick(random, FANCY) : null;
        String clarity = pick(random, CLARITIES);
        // price per carat climbs with size; better colour and clarity multiply it, lab-grown is a fraction
        double perCarat = 1_600 + 5_200 * ct;
        perCarat *= fancy ? 1.3 : 1.45 - 0.08 * (color.charAt(0) - 'D');
        perCarat *= 1.25 - 0.06 * java.util.Arrays.asList(CLARITIES).indexOf(clarity);
        if (labGrown) perCarat *= 0.12;
        double cost = perCarat * ct * between(random, 0.9, 1.1);
        String lab = labGrown || random.nextInt(6) == 0 ? "IGI" : "GIA";
        String cert = (labGrown ? "LG" : "") + certificate(lab);
        boolean round = shape.equals("Round");
        double diameter = 6.45 * Math.cbrt(ct);
        double ratio = round ? 1 : switch (shape) {
            case "Oval", "Pear" -> 1.45;
            case "Marquise" -> 2.0;
            case "Emerald", "Radiant" -> 1.35;
            default -> 1.05;
        };
        double width = diameter / Math.sqrt(ratio);
        double depthPct = round ? between(random, 60.5, 62.8) : between(random, 62, 70);
        String description = (fancy ? fancyColor + " " : "") + shape + " " + carats.toPlainString() + " ct "
                + (fancy ? "" : color + " ") + clarity + (labGrown ? " lab-grown" : "") + " diamond, " + lab + " " + cert;
        return new DemoItemDrafts.Made(labGrown ? "Lab-Grown Diamond" : fancy ? "Fancy Color Diamond" : "Loose Diamond",
                description,
                new DiamondDetails(fancy ? "FANCY" : "WHITE", shape, color, fancyColor, clarity,
                        round ? pick(random, GRADES) : null, pick(random, GRADES), pick(random, GRADES),
                        pick(random, FLUORESCENCE), lab, cert, decimal(width * ratio, 2), decimal(width, 2),
                        decimal(width * depthPct / 100, 2), decimal(depthPct, 1),
                        decimal(round ? between(random, 54, 59) : between(random, 58, 68), 1),
                        labGrown ? "LAB_GROWN" : "NATURAL", 1),
                money(cost), BigDecimal.ONE, carats, null);
    }

    /** A parcel of small round diamonds for setting: many pieces, one total weight, bought by the carat. */
    private DemoItemDrafts.Made melee() {
        int pieces = 20 + random.nextInt(181);
        double each = between(random, 0.01, 0.05);
        BigDecimal carats = decimal(pieces * each, 3);
        String color = pick(random, new String[]{"F", "G", "H"});
        String clarity = pick(random, new String[]{"VS2", "SI1", "SI2"});
        double cost = carats.doubleValue() * between(random, 350, 900);
        return new DemoItemDrafts.Made("Melee Parcel", "Melee parcel, " + pieces + " round " + color + " " + clarity + ", "
                + carats.stripTrailingZeros().toPlainString() + " ctw",
                new DiamondDetails("WHITE", "Round", color, null, clarity, null, null, null, null, "NONE", null,
                        null, null, null, null, null, "NATURAL", pieces),
                money(cost / pieces), BigDecimal.valueOf(pieces), carats, null);
    }

    DemoItemDrafts.Made coloredStone() {
        Species s = pick(random, SPECIES);
        boolean parcel = random.nextInt(25) == 0;
        int pieces = parcel ? 3 + random.nextInt(10) : 1;
        double r = random.nextDouble();
        BigDecimal carats = decimal((parcel ? between(random, 0.1, 0.4) * pieces : 0.5 + 5.5 * r * r), 2);
        String treatment = pick(random, s.treatments());
        double cost = carats.doubleValue() * between(random, s.perCaratFrom(), s.perCaratTo())
                * ("NONE".equals(treatment) ? 1.4 : 1.0);
        // stones worth a report carry one; small and parcel stones go without
        boolean reported = !parcel && carats.doubleValue() >= 1 && random.nextInt(3) > 0;
        String lab = reported ? pick(random, STONE_LABS) : "NONE";
        String cert = reported ? certificate(lab) : null;
        String origin = pick(random, s.origins());
        String shape = pick(random, STONE_SHAPES);
        double size = 6.5 * Math.cbrt(carats.doubleValue() / pieces);
        String name = s.variety() == null ? s.species() : s.variety();
        String description = parcel
                ? name + " parcel, " + pieces + " " + shape.toLowerCase() + "s, " + carats.toPlainString() + " ctw, " + origin
                : origin + " " + name + ", " + shape.toLowerCase() + " " + carats.toPlainString() + " ct, "
                        + treatmentLabel(treatment) + (reported ? ", " + lab + " report" : "");
        return new DemoItemDrafts.Made(s.species(), description,
                new ColoredStoneDetails(s.species(), s.variety(), shape, "Mixed", s.color(),
                        pick(random, new String[]{"Eye clean", "Eye clean", "Slightly included", "Included"}), origin,
                        treatment, lab, cert, decimal(size * 1.2, 2), decimal(size, 2), decimal(size * 0.65, 2), pieces),
                money(cost / pieces), BigDecimal.valueOf(pieces), carats, null);
    }

    DemoItemDrafts.Made pearl() {
        Pearls p = pick(random, PEARLS);
        boolean pair = random.nextInt(3) == 0;
        double from = Math.floor(between(random, p.sizeFrom(), p.sizeTo() - 0.5) * 2) / 2;
        BigDecimal sizeFrom = decimal(from, 1);
        BigDecimal sizeTo = decimal(from + 0.5, 1);
        BigDecimal length = pair ? null : BigDecimal.valueOf(pick(random, new Integer[]{16, 18, 18, 20, 24}));
        int count = pair ? 2 : (int) Math.round(length.doubleValue() * 25.4 / (from + 0.25));
        double cost = between(random, p.costFrom(), p.costTo()) * (pair ? 0.3 : 1);
        String color = pick(random, p.colors());
        String typeLabel = switch (p.type()) {
            case "SOUTH_SEA" -> "South Sea";
            case "FRESHWATER" -> "Freshwater";
            case "AKOYA" -> "Akoya";
            default -> "Tahitian";
        };
        String description = typeLabel + " " + color.toLowerCase() + " pearl " + (pair ? "stud pair" : "strand "
                + length + "\"") + ", " + sizeFrom.toPlainString() + "–" + sizeTo.toPlainString() + " mm";
        return new DemoItemDrafts.Made(pair ? "Pearl Earrings" : "Pearl Strand", description,
                new PearlDetails(p.type(), sizeFrom, sizeTo, null, pick(random, new String[]{"ROUND", "ROUND", "NEAR_ROUND",
                        "BAROQUE", "OVAL"}), color, pick(random, p.overtones()),
                        pick(random, new String[]{"EXCELLENT", "VERY_GOOD", "GOOD"}), pick(random, new String[]{"Clean",
                        "Lightly blemished", "Moderately blemished"}), p.type().equals("AKOYA") ? "Thick" : null, length, count),
                money(cost), BigDecimal.ONE, null, null);
    }

    /** The lab's next number: the last one plus a random step, as a lab's numbers look when only some reach us. */
    private String certificate(String lab) {
        long next = nextCertificate.get(lab) + 1 + random.nextInt(997);
        nextCertificate.put(lab, next);
        return Long.toString(next);
    }

    private static String treatmentLabel(String treatment) {
        return switch (treatment) {
            case "NONE" -> "no treatment";
            case "HEATED" -> "heated";
            case "OILED" -> "minor oil";
            case "FILLED" -> "glass filled";
            case "DIFFUSED" -> "diffused";
            default -> treatment.toLowerCase();
        };
    }
}
