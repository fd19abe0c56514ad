package com.jeweltrak.sales.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.OpenedFile;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A store's payment options (10-settings §Payment Options on Invoices), as configured and as printed. */
@Service
@Transactional(readOnly = true)
public class PaymentOptions {

    static final String COLUMNS = "id, store_id, kind, label, url, image_file_id, instructions, sort_order, shown";

    private final JdbcClient jdbc;
    private final StoredFiles files;

    PaymentOptions(JdbcClient jdbc, StoredFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** All of the store's options in list order, hidden ones too (the settings table, R8). */
    public List<StorePaymentOption> of(StoreId store) {
        return jdbc.sql("select " + COLUMNS + " from payment_option where store_id = ? order by sort_order, id")
                .param(store.value()).query(PaymentOptions::map).list();
    }

    /** One option of the store; another store's or another tenant's option is not found. */
    public StorePaymentOption get(StoreId store, long id) {
        return jdbc.sql("select " + COLUMNS + " from payment_option where store_id = ? and id = ?")
                .params(store.value(), id).query(PaymentOptions::map).optional()
                .orElseThrow(() -> new RecordNotFound("Payment option", id));
    }

    /**
     * What an invoice of the store prints (R8–R9): the shown options in list order, uploaded images with their bytes.
     * The PDF itself leaves them out when nothing is owed or the invoice is voided (R10).
     */
    public List<PrintedInvoice.PaymentOption> printedFor(StoreId store) {
        return of(store).stream().filter(StorePaymentOption::shown).map(option -> switch (option.kind()) {
            case LINK -> PrintedInvoice.PaymentOption.link(option.label(), option.url());
            case WIRE -> PrintedInvoice.PaymentOption.wire(option.label(), option.instructions());
            case IMAGE -> {
                OpenedFile image = files.open(option.image());
                yield PrintedInvoice.PaymentOption.image(option.label(), image.bytes(), image.file().contentType());
            }
        }).toList();
    }

    static StorePaymentOption map(ResultSet rs, int row) throws SQLException {
        Long image = rs.getObject("image_file_id", Long.class);
        return new StorePaymentOption(rs.getLong("id"), new StoreId(rs.getLong("store_id")),
                StorePaymentOption.Kind.valueOf(rs.getString("kind")), rs.getString("label"), rs.getString("url"),
                image == null ? null : new FileId(image), rs.getString("instructions"), rs.getInt("sort_order"),
                rs.getBoolean("shown"));
    }
}
