package com.jeweltrak.inventory.tags;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tag stock a store prints on (04-inventory §Printing Barcode Tags R3), as data: the page size in mm and the
 * printable area inside it. Sizes are those commonly sold under these names (inferred; the article was not found).
 * A dumbbell tag prints two faces on one strip, folded around the piece: the barcode face and the price face.
 */
public enum TagStyle {
    TT360B("TT360B jewelry dumbbell tag", 56.0, 12.7, 1.5, 2),
    TT365("TT365 rectangular price tag", 44.5, 22.2, 1.5, 1),
    LABEL_2_25_X_1_25("Plain label 2.25\" × 1.25\"", 57.15, 31.75, 2.0, 1);

    private final String label;
    private final double widthMm;
    private final double heightMm;
    private final double marginMm;
    private final int faces;

    TagStyle(String label, double widthMm, double heightMm, double marginMm, int faces) {
        this.label = label;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.marginMm = marginMm;
        this.faces = faces;
    }

    public static Optional<TagStyle> named(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    public String label() {
        return label;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** The printable area is the page less this margin on every side. */
    public double marginMm() {
        return marginMm;
    }

    public double printableWidthMm() {
        return widthMm - 2 * marginMm;
    }

    public double printableHeightMm() {
        return heightMm - 2 * marginMm;
    }

    /** 2 for a dumbbell tag (barcode face | price face), 1 for a flat tag or label. */
    public int faces() {
        return faces;
    }
}
