package com.jeweltrak.sales.documents;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Stores → store → Payment Options (10-settings §Payment Options on Invoices R1, R7, R8, R12): add, edit,
 * move up / down, show / hide, delete. Each action is one transaction.
 */
@Service
@Transactional
public class ConfiguringPaymentOptions {

    private static final Set<String> QR_IMAGE_TYPES = Set.of("image/png", "image/jpeg");

    private final JdbcClient jdbc;
    private final Stores stores;
    private final StoredFiles files;
    private final PaymentOptions options;

    ConfiguringPaymentOptions(JdbcClient jdbc, Stores stores, StoredFiles files, PaymentOptions options) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.files = files;
        this.options = options;
    }

    /** What the user typed; {@code image} is the uploaded QR (Zelle), null when none was sent. */
    public record Details(StorePaymentOption.Kind kind, String label, String url, String instructions, Upload image) {
    }

    public record Upload(String fileName, String contentType, byte[] bytes) {
    }

    /** R1: the new option goes to the end of the store's list, shown. */
    public long add(StoreId store, Details details) {
        stores.get(store);
        Checked checked = check(details, null);
        int next = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from payment_option where store_id = ?")
                .param(store.value()).query(Integer.class).single();
        return jdbc.sql("""
                        insert into payment_option (tenant_id, store_id, kind, label, url, image_file_id, instructions, sort_order)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(store.value(), details.kind().name(), checked.label(), checked.url(), checked.imageId(),
                        checked.instructions(), next)
                .query(Long.class).single();
    }

    /** R8 Edit: the kind stays; an IMAGE option keeps its image unless a new one is uploaded. */
    public void edit(StoreId store, long id, Details details) {
        StorePaymentOption current = options.get(store, id);
        Details same = new Details(current.kind(), details.label(), details.url(), details.instructions(), details.image());
        Checked checked = check(same, current.image());
        jdbc.sql("update payment_option set label = ?, url = ?, image_file_id = ?, instructions = ? where id = ?")
                .params(checked.label(), checked.url(), checked.imageId(), checked.instructions(), id).update();
    }

    /** R8: the Shown toggle hides an option without deleting it. */
    public void show(StoreId store, long id, boolean shown) {
        options.get(store, id);
        jdbc.sql("update payment_option set shown = ? where id = ?").params(shown, id).update();
    }

    /** R8: ↑ / ↓ swap the option with its neighbour; at either end nothing moves. */
    public void move(StoreId store, long id, boolean up) {
        options.get(store, id);
        List<StorePaymentOption> list = options.of(store);
        int at = 0;
        while (list.get(at).id() != id) at++;
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= list.size()) return;
        // renumber the whole list so equal or missing sort orders cannot make a swap a no-op
        for (int i = 0; i < list.size(); i++) {
            int position = i == at ? other : i == other ? at : i;
            jdbc.sql("update payment_option set sort_order = ? where id = ?")
                    .params(position + 1, list.get(i).id()).update();
        }
    }

    public void delete(StoreId store, long id) {
        options.get(store, id);
        jdbc.sql("delete from payment_option where id = ?").param(id).update();
    }

    private record Checked(String label, String url, Long imageId, String instructions) {
    }

    private Checked check(Details details, FileId currentImage) {
        if (details.kind() == null) throw new BusinessRuleViolated("kind", "Choose the kind of payment option.");
        String label = trim(details.label());
        if (label == null) throw new BusinessRuleViolated("label", "Enter the label printed under the option.");
        if (label.length() > 80) throw new BusinessRuleViolated("label", "Keep the label to 80 characters.");
        return switch (details.kind()) {
            case LINK -> new Checked(label, httpsUrl(details.url()), null, null);
            case WIRE -> {
                String text = trim(details.instructions());
                if (text == null) throw new BusinessRuleViolated("instructions", "Enter the wire instructions to print.");
                if (text.length() > 1000) throw new BusinessRuleViolated("instructions", "Keep the instructions to 1,000 characters.");
                yield new Checked(label, null, null, text);
            }
            case IMAGE -> {
                Upload upload = details.image();
                if (upload == null || upload.bytes() == null || upload.bytes().length == 0) {
                    if (currentImage != null) yield new Checked(label, null, currentImage.value(), null);
                    throw new BusinessRuleViolated("image", "Upload the QR image from your bank's Zelle screen.");
                }
                FileId stored = files.store(upload.fileName(), upload.contentType(), upload.bytes());
                String type = files.find(stored).orElseThrow().contentType();
                // R12: printed as-is on the PDF, which embeds PNG and JPEG
                if (!QR_IMAGE_TYPES.contains(type)) throw new BusinessRuleViolated("image", "The QR image must be a PNG or JPEG.");
                yield new Checked(label, null, stored.value(), null);
            }
        };
    }

    /** R12: a valid https URL, with a host. */
    static String httpsUrl(String raw) {
        String url = trim(raw);
        String message = "Enter the full payment link, starting with https://";
        if (url == null) throw new BusinessRuleViolated("url", message);
        try {
            URI uri = new URI(url);
            if (!url.startsWith("https://") || uri.getHost() == null || url.length() > 500) {
                throw new BusinessRuleViolated("url", message);
            }
        } catch (URISyntaxException e) {
            throw new BusinessRuleViolated("url", message);
        }
        return url;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
