package com.jeweltrak.platform.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files the tenant keeps: scanned certificates, photos. Who may read a file is for the module that owns
 * the record pointing at it to decide, so there is no route here that serves any file to anyone: a module
 * serves its own files from its own controller (with {@link FileDownloads}) after its own checks.
 */
@Service
@Transactional(readOnly = true)
public class StoredFiles {

    /** 10 MB: a scanned multi-page certificate fits; a video does not. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String ACCEPTED = "PDF, JPEG, PNG, WebP or HEIC";
    /** For a file input's accept attribute (a hint to the browser's picker; the bytes decide). */
    public static final String ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,application/pdf,image/jpeg,image/png,image/webp,image/heic,image/heif";

    private static final String COLUMNS = "id, file_name, content_type, size_bytes, sha256, created_at, created_by";

    private final JdbcClient jdbc;
    private final FileStorage storage;

    StoredFiles(JdbcClient jdbc, FileStorage storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    /**
     * Keeps a file in the caller's transaction. {@code claimedContentType} is what the browser said; it is
     * not trusted: the stored type is the one the first bytes show, and anything but a PDF or an image of
     * the accepted kinds, or a file over {@link #MAX_BYTES}, is refused with {@link FileRefused} (field "file").
     */
    @Transactional
    public FileId store(String fileName, String claimedContentType, byte[] content) {
        if (content == null || content.length == 0) throw new FileRefused("file", "The file is empty.");
        if (content.length > MAX_BYTES) {
            throw new FileRefused("file", "The file is " + megabytes(content.length) + " MB; files can be at most 10 MB.");
        }
        String type = FileTypes.sniff(content).orElseThrow(() -> new FileRefused("file",
                "This file is not a " + ACCEPTED + " file" + (claimedContentType == null || claimedContentType.isBlank()
                        ? "." : " (the browser called it " + claimedContentType.trim() + ").")
                        + " Scan or save the document as a PDF or a photo."));
        UserId by = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        long id = jdbc.sql("""
                        insert into stored_file (tenant_id, file_name, content_type, size_bytes, sha256, created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?) returning id""")
                .params(safeName(fileName), type, content.length, sha256(content), by == null ? null : by.value())
                .query(Long.class).single();
        FileId fileId = new FileId(id);
        storage.write(fileId, content);
        return fileId;
    }

    /**
     * Keeps a file the application made itself (a ZIP of photos) or whose type its caller already checked, with
     * the type given; up to 200 MB. Uploads from users go through {@link #store} instead.
     */
    @Transactional
    public FileId keep(String fileName, String contentType, byte[] content) {
        if (content == null || content.length == 0) throw new FileRefused("file", "The file is empty.");
        UserId by = TenantContext.current().map(TenantContext.Actor::user).orElse(null);
        long id = jdbc.sql("""
                        insert into stored_file (tenant_id, file_name, content_type, size_bytes, sha256, created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?) returning id""")
                .params(safeName(fileName), contentType, content.length, sha256(content), by == null ? null : by.value())
                .query(Long.class).single();
        FileId fileId = new FileId(id);
        storage.write(fileId, content);
        return fileId;
    }

    public Optional<StoredFile> find(FileId id) {
        return jdbc.sql("select " + COLUMNS + " from stored_file where id = ?").param(id.value())
                .query(StoredFiles::map).optional();
    }

    /** The file with its bytes; another tenant's file is not found (row-level security). */
    public OpenedFile open(FileId id) {
        StoredFile file = find(id).orElseThrow(() -> new RecordNotFound("File", id));
        byte[] bytes = storage.read(id).orElseThrow(() -> new RecordNotFound("File content", id));
        return new OpenedFile(file, bytes);
    }

    /**
     * The name as the user would recognise it, without what could do harm where it is shown or sent back:
     * folders a browser may include, control characters, quotes; at most 255 characters, extension kept.
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>]", "").replaceAll("\\s+", " ").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) name = "document";
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - extension.length()) + extension;
        }
        return name;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static StoredFile map(ResultSet rs, int row) throws SQLException {
        long by = rs.getLong("created_by");
        boolean nobody = rs.wasNull();
        return new StoredFile(new FileId(rs.getLong("id")), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("created_at").toInstant(),
                nobody ? null : new UserId(by));
    }
}
