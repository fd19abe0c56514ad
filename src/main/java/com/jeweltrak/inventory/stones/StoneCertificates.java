package com.jeweltrak.inventory.stones;

import java.util.Optional;

import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificate files of loose stones and of manually entered set stones: finding, attaching (through
 * {@link StoredFiles}, which refuses anything but a PDF or image of at most 10 MB) and removing. Each change
 * is a row change of stone_certificate or set_stone, so the audit log keeps it.
 */
@Service
@Transactional(readOnly = true)
public class StoneCertificates {

    private final JdbcClient jdbc;
    private final Items items;
    private final SetStones stones;
    private final StoredFiles files;

    StoneCertificates(JdbcClient jdbc, Items items, SetStones stones, StoredFiles files) {
        this.jdbc = jdbc;
        this.items = items;
        this.stones = stones;
        this.files = files;
    }

    public static boolean isLooseStone(Family family) {
        return family == Family.DIAMOND || family == Family.COLORED_STONE || family == Family.PEARL;
    }

    /** The loose stone's certificate, if a file is attached. */
    public Optional<CertificateFile> ofLooseStone(ItemId id) {
        Item item = items.get(id);
        return jdbc.sql("select id, file_id from stone_certificate where item_id = ?").param(id.value())
                .query((rs, n) -> new CertificateFile(rs.getLong(1), new FileId(rs.getLong(2)), lab(item), number(item),
                        item.stockId()))
                .optional();
    }

    /** A set stone's certificate: its own (manual) or its loose stone's (combined, R3). */
    public Optional<CertificateFile> ofSetStone(ItemId item, long stoneId) {
        SetStone stone = stones.get(item, stoneId);
        if (stone.locked()) return ofLooseStone(stone.source());
        if (stone.certificateFile() == null) return Optional.empty();
        return Optional.of(new CertificateFile(null, stone.certificateFile(), stone.details().lab(), stone.details().certNumber(),
                items.get(item).stockId()));
    }

    /** The certificate a holder names: the loose stone's when {@code stoneId} is null, else the set stone's. */
    public CertificateFile require(ItemId item, Long stoneId) {
        return (stoneId == null ? ofLooseStone(item) : ofSetStone(item, stoneId))
                .orElseThrow(() -> new RecordNotFound("Certificate", item));
    }

    /** The loose stone a certificate record belongs to; another tenant's record is not found. */
    public ItemId stoneOf(long certificateId) {
        return jdbc.sql("select item_id from stone_certificate where id = ?").param(certificateId).query(Long.class)
                .optional().map(ItemId::new).orElseThrow(() -> new RecordNotFound("Certificate", certificateId));
    }

    /** Attaches (or replaces) a loose stone's certificate file. */
    @Transactional
    public void attachToLooseStone(ItemId id, String fileName, String contentType, byte[] content) {
        Item item = items.get(id);
        if (!isLooseStone(item.family())) {
            throw new BusinessRuleViolated("file", "Certificates are kept on loose diamonds, colored stones and pearls.");
        }
        FileId file = files.store(fileName, contentType, content);
        jdbc.sql("""
                        insert into stone_certificate (tenant_id, item_id, file_id) values (jt_current_tenant(), ?, ?)
                        on conflict (tenant_id, item_id) do update set file_id = excluded.file_id, created_at = now()""")
                .params(id.value(), file.value()).update();
    }

    @Transactional
    public void removeFromLooseStone(ItemId id) {
        items.get(id);
        if (jdbc.sql("delete from stone_certificate where item_id = ?").param(id.value()).update() == 0) {
            throw new RecordNotFound("Certificate", id);
        }
    }

    /** CertMain of a manual set stone; a combined stone's certificate stays on its loose stone (R3). */
    @Transactional
    public void attachToSetStone(ItemId item, long stoneId, String fileName, String contentType, byte[] content) {
        SetStone stone = manual(item, stoneId);
        stones.attach(stone, files.store(fileName, contentType, content));
    }

    @Transactional
    public void removeFromSetStone(ItemId item, long stoneId) {
        SetStone stone = manual(item, stoneId);
        if (stone.certificateFile() == null) throw new RecordNotFound("Certificate", stoneId);
        stones.attach(stone, null);
    }

    private SetStone manual(ItemId item, long stoneId) {
        SetStone stone = stones.get(item, stoneId);
        if (stone.locked()) {
            throw new BusinessRuleViolated("file", "This stone's certificate is on its loose stone, StockID "
                    + stone.sourceStockId() + "; change it there.");
        }
        return stone;
    }

    private static String lab(Item item) {
        String lab = switch (item.details()) {
            case DiamondDetails d -> d.lab();
            case ColoredStoneDetails c -> c.lab();
            default -> null;
        };
        return lab == null || lab.equals("NONE") ? null : lab;
    }

    private static String number(Item item) {
        return switch (item.details()) {
            case DiamondDetails d -> d.certNumber();
            case ColoredStoneDetails c -> c.certNumber();
            default -> null;
        };
    }
}
