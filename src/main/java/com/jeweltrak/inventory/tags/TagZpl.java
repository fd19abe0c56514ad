package com.jeweltrak.inventory.tags;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags in ZPL II for Zebra printers at 203 dpi (8 dots/mm): one ^XA…^XZ format per item, ^PQ for its copies,
 * the StockID as a ^BC Code 128 barcode. Field data goes through ^FH so a ^ or ~ typed in an item cannot end
 * or alter the format.
 */
final class TagZpl {

    private static final double DOTS_PER_MM = 8;

    private TagZpl() {
    }

    static String render(TagStyle style, List<TagRequest> tags) {
        StringBuilder zpl = new StringBuilder();
        for (TagRequest tag : tags) format(zpl, style, tag);
        return zpl.toString();
    }

    private static void format(StringBuilder zpl, TagStyle style, TagRequest tag) {
        TagContent c = tag.content();
        int margin = dots(style.marginMm());
        int width = dots(style.widthMm());
        int height = dots(style.heightMm());
        int inner = height - 2 * margin;
        zpl.append("^XA\n^CI28\n^PW").append(width).append("\n^LL").append(height).append('\n');
        int faceWidth = style.faces() == 2 ? (width - 4 * margin) / 2 : width - 2 * margin;
        int barHeight = style.faces() == 2 ? inner * 2 / 3 : inner / 3;
        int barY = style.faces() == 2 ? margin : height - margin - barHeight - 20;
        int module = Math.max(1, faceWidth / Math.max(1, Code128.modules(c.stockId()).length));
        zpl.append("^FO").append(margin).append(',').append(barY)
                .append("^BY").append(module).append("^BCN,").append(barHeight).append(",Y,N,N,A")
                .append("^FH^FD").append(escape(c.stockId())).append("^FS\n");
        List<String> lines = new ArrayList<>();
        if (!c.price().isEmpty()) lines.add(c.price());
        lines.addAll(c.lines());
        int x = style.faces() == 2 ? margin * 3 + faceWidth : margin;
        int y = margin;
        int size = style.faces() == 2 ? Math.max(12, inner / Math.max(1, lines.size())) : 20;
        for (String line : lines) {
            zpl.append("^FO").append(x).append(',').append(y).append("^A0N,").append(size).append(',').append(size)
                    .append("^FB").append(faceWidth).append(",1,0,L^FH^FD").append(escape(line)).append("^FS\n");
            y += size + 2;
        }
        zpl.append("^PQ").append(tag.copies()).append("\n^XZ\n");
    }

    /** ^FH_ hex-escapes: _ itself, ^ and ~ become _5F, _5E, _7E. */
    static String escape(String text) {
        return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E");
    }

    private static int dots(double mm) {
        return (int) Math.round(mm * DOTS_PER_MM);
    }
}
