package com.jeweltrak.inventory.tags;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;

/** The StockID's Code 128 symbol as modules (narrowest bar = 1), quiet zones included, for drawing at any size. */
final class Code128 {

    private Code128() {
    }

    /** true = dark module. */
    static boolean[] modules(String text) {
        // width 0 asks the writer for its natural width: one column per module, 10-module quiet zones
        BitMatrix matrix = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1,
                Map.of(EncodeHintType.MARGIN, 10));
        boolean[] modules = new boolean[matrix.getWidth()];
        for (int x = 0; x < modules.length; x++) modules[x] = matrix.get(x, 0);
        return modules;
    }
}
