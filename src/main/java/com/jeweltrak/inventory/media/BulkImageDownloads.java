package com.jeweltrak.inventory.media;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk Image Download (11-utilities R2–R8): the selected photos become one ZIP, built in the background while the
 * page shows the progress kept in photo_download — any node can answer the polling and serve the ZIP, which goes
 * to the file store, not to this node's memory or disk. Only the person who asked sees their download.
 */
@Service
public class BulkImageDownloads {

    public static final int MAX_PHOTOS = 200;
    private static final Logger log = LoggerFactory.getLogger(BulkImageDownloads.class);

    private final JdbcClient jdbc;
    private final PhotoZips zips;
    /** Two at a time per node: ZIPs are I/O-bound, and the app's own requests come first. */
    private final ExecutorService workers = Executors.newFixedThreadPool(2, Thread.ofVirtual().name("photo-zip-", 0).factory());

    BulkImageDownloads(JdbcClient jdbc, PhotoZips zips) {
        this.jdbc = jdbc;
        this.zips = zips;
    }

    /** Records the download and starts building it; returns its id for the progress page. */
    @Transactional
    public long start(List<Long> photos) {
        if (photos.isEmpty()) throw new BusinessRuleViolated("photos", "Select the photos to download first.");
        if (photos.size() > MAX_PHOTOS) throw new TooManyPhotos(photos.size());
        TenantContext.Actor actor = TenantContext.current().orElseThrow();
        long id = jdbc.sql("insert into photo_download (tenant_id, requested_by, total) values (jt_current_tenant(), ?, ?) returning id")
                .params(actor.user() == null ? null : actor.user().value(), photos.size()).query(Long.class).single();
        List<Long> chosen = List.copyOf(photos);
        TenantId tenant = actor.tenant();
        UserId user = actor.user();
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        workers.submit(() -> TenantContext.runAs(tenant, user, () -> build(id, chosen)));
                    }
                });
        return id;
    }

    /** Builds the ZIP now, in the caller's thread (the background worker's, or a test's). */
    public void build(long id, List<Long> photos) {
        try {
            zips.build(id, photos);
        } catch (RuntimeException e) {
            log.warn("Bulk image download {} failed", id, e);
            zips.failed(id);
        }
    }

    /** The person's own download; anyone else's (or another tenant's) is not found. */
    @Transactional(readOnly = true)
    public DownloadProgress progress(long id) {
        UserId me = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        // a download still running after half an hour lost its worker (a node stopped): it shows as failed
        return jdbc.sql("""
                        select id, total, done, zip_file_id,
                               case when status = 'RUNNING' and created_at < now() - interval '30 minutes' then 'FAILED'
                                    else status end as status
                        from photo_download where id = ? and requested_by = ?""")
                .params(id, me == null ? null : me.value())
                .query((rs, n) -> {
                    long zip = rs.getLong("zip_file_id");
                    return new DownloadProgress(rs.getLong("id"), rs.getInt("total"), rs.getInt("done"),
                            DownloadProgress.Status.valueOf(rs.getString("status")), rs.wasNull() ? null : new FileId(zip));
                }).optional().orElseThrow(() -> new RecordNotFound("Download", id));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
