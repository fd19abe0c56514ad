package com.jeweltrak.services;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.imageio.ImageIO;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer signs a job (03-services §5): the PNG drawn on the pad is kept as a stored file with who signed, the
 * store's wording they acknowledged, when, and who captured it (R4). Signing again replaces the signature of that
 * kind; the replaced row stays in the audit log and its file is kept. A signature is evidence, not a gate (R6).
 */
@Component
public class SigningAWorkOrder {

    /** A drawn signature is a few kilobytes; a bigger "signature" is not one (and is not decoded). */
    static final int MAX_BYTES = 1024 * 1024;

    private final WorkOrders workOrders;
    private final SignatureWording wording;
    private final StoredFiles files;
    private final JdbcClient jdbc;
    private final Clock clock;

    SigningAWorkOrder(WorkOrders workOrders, SignatureWording wording, StoredFiles files, JdbcClient jdbc, Clock clock) {
        this.workOrders = workOrders;
        this.wording = wording;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long sign(WorkOrderId id, SignatureKind kind, String signerName, byte[] png, String deviceInfo) {
        WorkOrder job = workOrders.lock(id);
        if (kind == null) throw new BusinessRuleViolated("kind", "Choose the intake or the pickup signature.");
        // R3: the receipt is signed when the piece is handed over: ready for pickup, or already picked up
        if (kind == SignatureKind.PICKUP && job.status() != WorkOrderStatus.RP && job.status() != WorkOrderStatus.PICKED_UP) {
            throw new BusinessRuleViolated("kind", "The pickup signature is taken when the job is ready for pickup or picked up;"
                    + " this one is " + job.status().label().toLowerCase() + ".");
        }
        String signer = WorkOrderWork.blank(signerName);
        if (signer == null) throw new BusinessRuleViolated("signerName", "Type the name of the person signing.");
        if (signer.length() > 200) throw new BusinessRuleViolated("signerName", "Keep the name under 200 characters.");
        if (png != null && png.length > MAX_BYTES) throw new BusinessRuleViolated("image", "The signature image is too large.");
        if (!drawn(png)) throw new SignatureIsBlank();
        FileId file = files.store("signature-" + kind.value() + "-" + job.number() + ".png", "image/png", png);
        UserId by = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        String device = WorkOrderWork.blank(deviceInfo);
        return jdbc.sql("""
                        insert into work_order_signature (tenant_id, work_order_id, kind, file_id, signer_name, wording,
                                                          signed_at, captured_by, device_info)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id, work_order_id, kind) do update set file_id = excluded.file_id,
                            signer_name = excluded.signer_name, wording = excluded.wording, signed_at = excluded.signed_at,
                            captured_by = excluded.captured_by, device_info = excluded.device_info
                        returning id""")
                .params(id.value(), kind.value(), file.value(), signer, wording.of(job.store(), kind),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), by == null ? null : by.value(),
                        device == null ? null : device.substring(0, Math.min(500, device.length())))
                .query(Long.class).single();
    }

    /**
     * A PNG with at least one visible stroke: the pad draws dark ink on a transparent (or white) ground, so an image
     * whose every pixel is transparent or white has nothing signed on it. Anything that is not a PNG is not a drawing.
     */
    static boolean drawn(byte[] png) {
        if (png == null || png.length < 8 || (png[0] & 0xff) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            return false;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        if (image == null) return false;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                boolean white = ((argb >> 16) & 0xff) > 0xf0 && ((argb >> 8) & 0xff) > 0xf0 && (argb & 0xff) > 0xf0;
                if (alpha > 16 && !white) return true;
            }
        }
        return false;
    }
}
