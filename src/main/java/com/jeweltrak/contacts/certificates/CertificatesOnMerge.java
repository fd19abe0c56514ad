package com.jeweltrak.contacts.certificates;

/**
 * How a contact merge moves resale certificates to the primary (Consolidation R3). A plain update could
 * break the one-current-certificate-per-permit rule when the primary and a secondary (or two secondaries)
 * hold the same permit, so the duplicates are first superseded by the one kept — the primary's, else a
 * verified one, else the newest — and kept, never deleted (R8). Named parameters: {@code :primary} and
 * {@code :secondaries}. Declared for the merge as
 * {@code ContactReference.of("resale_certificate", "contact_id", "Resale certificates", CertificatesOnMerge.MOVE_STATEMENTS)}.
 */
public final class CertificatesOnMerge {

    public static final String[] MOVE_STATEMENTS = {
            """
            with ranked as (
                select id, first_value(id) over same_permit as keeper, row_number() over same_permit as rank
                from resale_certificate
                where superseded_at is null and (contact_id = :primary or contact_id in (:secondaries))
                window same_permit as (partition by state, upper(trim(permit_number))
                                       order by contact_id = :primary desc, coalesce(verification_result = 'VALID', false) desc,
                                                created_at desc, id desc))
            update resale_certificate r set superseded_at = now(), superseded_by = ranked.keeper
            from ranked where r.id = ranked.id and ranked.rank > 1""",
            "update resale_certificate set contact_id = :primary where contact_id in (:secondaries)"};

    private CertificatesOnMerge() {
    }
}
