package com.jeweltrak.inventory.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.files.Thumbnails;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos for the demo's stock: a drawn 320 px JPEG (~10 KB: a gradient, the family's shape, the StockID) as the
 * primary photo of the first {@link #ITEMS} items in stock, so the Photos tab, Quick Peek and Bulk Image
 * Download have something to show. The image is already thumbnail-sized, so it is its own thumbnail: the demo
 * start stays fast (one small file per item, nothing decoded).
 */
@Component
class MediaDemoData implements DemoDataContributor {

    static final int ITEMS = 300;
    private static final Logger log = LoggerFactory.getLogger(MediaDemoData.class);

    private final JdbcClient jdbc;
    private final StoredFiles files;

    MediaDemoData(JdbcClient jdbc, StoredFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public int order() {
        return 210; // after the inventory demo (200)
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        if (size == DemoSize.NONE) return;
        long started = System.nanoTime();
        record Stock(long id, long stockNumber, char family) {
        }
        List<Stock> stock = jdbc.sql("""
                        select id, stock_number, family from item i
                        where in_stock > 0 and not exists (select 1 from item_photo p where p.item_id = i.id)
                        order by stock_number limit ?""")
                .param(ITEMS).query((rs, n) -> new Stock(rs.getLong(1), rs.getLong(2), rs.getString(3).charAt(0))).list();
        for (Stock s : stock) {
            byte[] jpeg = Thumbnails.jpeg(draw(s.family(), Long.toString(s.stockNumber())));
            FileId file = files.store(s.stockNumber() + ".jpg", "image/jpeg", jpeg);
            jdbc.sql("""
                    insert into item_photo (tenant_id, item_id, position, is_primary, source, file_id, small_file_id, large_file_id)
                    values (jt_current_tenant(), ?, 0, true, 'UPLOAD', ?, ?, ?)""")
                    .params(s.id(), file.value(), file.value(), file.value()).update();
        }
        log.info("Demo photos: {} items in {} ms", stock.size(), (System.nanoTime() - started) / 1_000_000);
    }

    static BufferedImage draw(char family, String stockId) {
        int size = Thumbnails.SMALL;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int hue = (int) (Long.parseLong(stockId) * 37 % 360);
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue / 360f, 0.25f, 0.98f), size, size,
                    Color.getHSBColor(hue / 360f, 0.45f, 0.70f)));
            g.fillRect(0, 0, size, size);
            switch (family) {
                case 'W' -> watch(g);
                case 'D' -> stone(g, new Color(235, 245, 255));
                case 'C' -> stone(g, Color.getHSBColor(hue / 360f, 0.8f, 0.8f));
                case 'P' -> pearl(g);
                default -> ring(g);
            }
            g.setColor(new Color(30, 30, 40));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            String label = "StockID " + stockId;
            g.drawString(label, (size - g.getFontMetrics().stringWidth(label)) / 2, size - 18);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void ring(Graphics2D g) {
        g.setStroke(new BasicStroke(18));
        g.setColor(new Color(212, 175, 55));
        g.drawOval(90, 90, 140, 140);
        stone(g, new Color(240, 248, 255), 135, 48, 50);
    }

    private static void watch(Graphics2D g) {
        g.setColor(new Color(90, 60, 40));
        g.fillRect(130, 30, 60, 240);
        g.setColor(new Color(200, 200, 210));
        g.fillOval(85, 85, 150, 150);
        g.setColor(Color.WHITE);
        g.fillOval(97, 97, 126, 126);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(5));
        g.drawLine(160, 160, 160, 112);
        g.drawLine(160, 160, 195, 170);
    }

    private static void stone(Graphics2D g, Color color) {
        stone(g, color, 90, 80, 140);
    }

    /** A brilliant seen from the side: a table, a crown and a pavilion meeting in a point. */
    private static void stone(Graphics2D g, Color color, int x, int y, int width) {
        int crown = width / 4;
        Polygon outline = new Polygon(new int[] {x + width / 4, x + width * 3 / 4, x + width, x + width / 2, x},
                new int[] {y, y, y + crown, y + width, y + crown}, 5);
        g.setColor(color);
        g.fillPolygon(outline);
        g.setColor(color.darker());
        g.setStroke(new BasicStroke(2));
        g.drawPolygon(outline);
        g.drawLine(x, y + crown, x + width, y + crown);
    }

    private static void pearl(Graphics2D g) {
        g.setPaint(new GradientPaint(110, 100, Color.WHITE, 210, 220, new Color(210, 200, 190)));
        g.fillOval(100, 90, 120, 120);
    }
}
