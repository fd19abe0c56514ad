package com.jeweltrak.inventory.stones;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email on a certificate row (§Share a Certificate R6): a normal app mail through the outbox, from the
 * installation's address with the shop's name and Reply-To the store's, the certificate file attached.
 */
@Service
public class EmailingACertificate {


    private final StoneCertificates certificates;
    private final MailOutbox outbox;

    EmailingACertificate(StoneCertificates certificates, MailOutbox outbox) {
        this.certificates = certificates;
        this.outbox = outbox;
    }

    /** Queues the mail; {@code stoneId} null means the loose stone's own certificate. */
    @Transactional
    public long email(ItemId item, Long stoneId, String toAddress, String toName) {
        String to = com.jeweltrak.platform.mail.Recipients.checked(toAddress);
        CertificateFile certificate = certificates.require(item, stoneId);
        String text = "Hello" + (toName == null || toName.isBlank() ? "" : " " + toName.trim()) + ",\n\n"
                + "Attached is the certificate " + certificate.title() + " of the stone you asked about (StockID "
                + certificate.stockId() + ").\n\nWith kind regards";
        return outbox.enqueue(new OutgoingMail(to, toName == null || toName.isBlank() ? null : toName.trim(), null,
                "Certificate " + certificate.title(), text, null, "certificate", "item", item.value()), certificate.file());
    }
}
