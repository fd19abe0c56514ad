package com.jeweltrak.contacts.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's resale certificates. Every read names the contact as well as the certificate, so a
 * certificate is only ever found on the contact whose page or URL asked for it. Nothing here deletes (R8).
 */
@Repository
@Transactional(readOnly = true)
public class ResaleCertificates {

    private static final String SELECT = """
            select c.id, c.contact_id, c.state, c.permit_number, c.issued_on, c.expires_on, c.document_file_id,
                   c.verified_at, c.verified_by, trim(u.first_name || ' ' || u.last_name) as verified_by_name,
                   c.verification_result, c.verification_source, c.notes, c.superseded_by, c.superseded_at, c.created_at
            from resale_certificate c
            left join app_user u on u.tenant_id = c.tenant_id and u.id = c.verified_by
            """;

    /** Current ones first (by state), then the replaced ones, newest first within each. */
    private static final String ORDER = " order by (c.superseded_at is not null), c.state, c.created_at desc, c.id desc";

    private final JdbcClient jdbc;

    ResaleCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ResaleCertificate> of(ContactId contact) {
        return jdbc.sql(SELECT + " where c.contact_id = ?" + ORDER).param(contact.value())
                .query(ResaleCertificates::map).list();
    }

    public Optional<ResaleCertificate> find(ContactId contact, CertificateId id) {
        return jdbc.sql(SELECT + " where c.contact_id = ? and c.id = ?").params(contact.value(), id.value())
                .query(ResaleCertificates::map).optional();
    }

    public ResaleCertificate get(ContactId contact, CertificateId id) {
        return find(contact, id).orElseThrow(() -> new RecordNotFound("Resale certificate", id));
    }

    /** Locks the row for a change that reads before it writes (verifying, replacing). */
    @Transactional
    ResaleCertificate lock(ContactId contact, CertificateId id) {
        jdbc.sql("select id from resale_certificate where contact_id = ? and id = ? for update")
                .params(contact.value(), id.value()).query(Long.class).optional()
                .orElseThrow(() -> new RecordNotFound("Resale certificate", id));
        return get(contact, id);
    }

    /** The contact's certificates for a state that are in force (not replaced), for the exemption query. */
    List<ResaleCertificate> current(ContactId contact, String state) {
        return jdbc.sql(SELECT + " where c.contact_id = ? and c.state = ? and c.superseded_at is null" + ORDER)
                .params(contact.value(), state).query(ResaleCertificates::map).list();
    }

    @Transactional
    CertificateId add(ContactId contact, CertificateDetails details, FileId document) {
        try {
            long id = jdbc.sql("""
                            insert into resale_certificate (tenant_id, contact_id, state, permit_number, issued_on,
                                                            expires_on, document_file_id, notes)
                            values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(contact.value(), details.state(), details.permitNumber(), details.issuedOn(),
                            details.expiresOn(), document == null ? null : document.value(), details.notes())
                    .query(Long.class).single();
            return new CertificateId(id);
        } catch (DuplicateKeyException taken) {
            throw new CertificateAlreadyOnFile(details.state(), details.permitNumber());
        }
    }

    @Transactional
    void recordVerification(CertificateId id, Instant at, UserId by, VerificationResult result, String source) {
        jdbc.sql("""
                        update resale_certificate
                        set verified_at = ?, verified_by = ?, verification_result = ?, verification_source = ?
                        where id = ?""")
                .params(Timestamp.from(at), by.value(), result.name(), source, id.value()).update();
    }

    @Transactional
    void attachDocument(CertificateId id, FileId document) {
        jdbc.sql("update resale_certificate set document_file_id = ? where id = ?")
                .params(document.value(), id.value()).update();
    }

    /** R8: marks it no longer in force, kept as it was. */
    @Transactional
    void markSuperseded(CertificateId id, Instant at) {
        jdbc.sql("update resale_certificate set superseded_at = ? where id = ?").params(Timestamp.from(at), id.value()).update();
    }

    @Transactional
    void pointToReplacement(CertificateId id, CertificateId replacement) {
        jdbc.sql("update resale_certificate set superseded_by = ? where id = ?").params(replacement.value(), id.value()).update();
    }

    private static ResaleCertificate map(ResultSet rs, int row) throws SQLException {
        Timestamp verifiedAt = rs.getTimestamp("verified_at");
        ResaleCertificate.Verification verification = verifiedAt == null ? null : new ResaleCertificate.Verification(
                verifiedAt.toInstant(), new UserId(rs.getLong("verified_by")), rs.getString("verified_by_name"),
                VerificationResult.valueOf(rs.getString("verification_result")), rs.getString("verification_source"));
        long document = rs.getLong("document_file_id");
        boolean noDocument = rs.wasNull();
        long supersededBy = rs.getLong("superseded_by");
        boolean noReplacement = rs.wasNull();
        Timestamp supersededAt = rs.getTimestamp("superseded_at");
        return new ResaleCertificate(new CertificateId(rs.getLong("id")), new ContactId(rs.getLong("contact_id")),
                rs.getString("state"), rs.getString("permit_number"), date(rs, "issued_on"), date(rs, "expires_on"),
                noDocument ? null : new FileId(document), verification, rs.getString("notes"),
                noReplacement ? null : new CertificateId(supersededBy),
                supersededAt == null ? null : supersededAt.toInstant(), rs.getTimestamp("created_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
