package com.jeweltrak.services.appraisals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appraisals as stored: read whole; written by the use cases in their transaction. */
@Component
public class Appraisals {

    private final JdbcClient jdbc;

    Appraisals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Appraisal> find(AppraisalId id) {
        return read(id, "");
    }

    @Transactional(readOnly = true)
    public Appraisal get(AppraisalId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Appraisal", id));
    }

    /** The appraisal, its row locked until the transaction ends: changes to one appraisal happen one after the other. */
    @Transactional(propagation = Propagation.MANDATORY)
    Appraisal lock(AppraisalId id) {
        return read(id, " for update").orElseThrow(() -> new RecordNotFound("Appraisal", id));
    }

    /** One page of appraisals of the given stores (null: every store), newest first. */
    @Transactional(readOnly = true)
    public Paged<Appraisal> page(List<StoreId> stores, int page, int size) {
        String where = stores == null ? "" : " where store_id = any(:stores)";
        Long[] ids = stores == null ? new Long[0] : stores.stream().map(StoreId::value).toArray(Long[]::new);
        long total = jdbc.sql("select count(*) from appraisal" + where).param("stores", ids)
                .query(Long.class).single();
        List<Long> found = jdbc.sql("select id from appraisal" + where
                        + " order by appraisal_date desc, id desc limit :size offset :offset")
                .param("stores", ids).param("size", size).param("offset", (long) page * size).query(Long.class).list();
        return new Paged<>(found.stream().map(id -> get(new AppraisalId(id))).toList(), page, size, total);
    }

    /** R6, R7: every appraisal of the customer, newest first (the contact's history). */
    @Transactional(readOnly = true)
    public List<Appraisal> ofCustomer(ContactId customer) {
        return jdbc.sql("select id from appraisal where customer_id = ? order by appraisal_date desc, id desc")
                .param(customer.value()).query(Long.class).list().stream().map(id -> get(new AppraisalId(id))).toList();
    }

    private Optional<Appraisal> read(AppraisalId id, String lock) {
        return jdbc.sql("""
                        select a.id, a.store_id, a.number, a.customer_id, a.appraisal_date, a.purpose, a.header_notes,
                               a.appraiser_name, a.appraiser_title, a.status, a.revises_id,
                               (select r.number from appraisal r where r.tenant_id = a.tenant_id and r.id = a.revises_id)
                        from appraisal a where a.id = ?""" + (lock.isEmpty() ? "" : " for update of a"))
                .param(id.value())
                .query((rs, n) -> new Appraisal(new AppraisalId(rs.getLong(1)), new StoreId(rs.getLong(2)), rs.getLong(3),
                        new ContactId(rs.getLong(4)), rs.getObject(5, LocalDate.class),
                        AppraisalPurpose.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                        AppraisalStatus.valueOf(rs.getString(10)),
                        rs.getObject(11) == null ? null : new AppraisalId(rs.getLong(11)),
                        rs.getObject(12) == null ? null : rs.getLong(12), List.of()))
                .optional()
                .map(a -> new Appraisal(a.id(), a.store(), a.number(), a.customer(), a.date(), a.purpose(),
                        a.headerNotes(), a.appraiserName(), a.appraiserTitle(), a.status(), a.revises(), a.revisesNumber(),
                        items(a.id())));
    }

    private List<AppraisalItem> items(AppraisalId id) {
        return jdbc.sql("""
                        select id, description, metal, weight, stones, marks, condition, appraised_value, photo_file_id
                        from appraisal_item where appraisal_id = ? order by id""")
                .param(id.value())
                .query((rs, n) -> new AppraisalItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                        rs.getObject(9) == null ? List.of() : List.of(rs.getLong(9))))
                .list()
                .stream().map(this::withPhotos).toList();
    }

    /** §13 Data: the piece's photos — its older single photo first, then those added, in upload order. */
    private AppraisalItem withPhotos(AppraisalItem item) {
        List<Long> added = jdbc.sql("select file_id from appraisal_item_photo where appraisal_item_id = ? order by id")
                .param(item.id()).query(Long.class).list();
        if (added.isEmpty()) return item;
        List<Long> all = new java.util.ArrayList<>(item.photoFileIds());
        all.addAll(added);
        return new AppraisalItem(item.id(), item.description(), item.metal(), item.weight(), item.stones(), item.marks(),
                item.condition(), item.appraisedValue(), all);
    }
}
