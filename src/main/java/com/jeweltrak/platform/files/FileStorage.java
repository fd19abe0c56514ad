package com.jeweltrak.platform.files;

import java.util.Optional;

/**
 * Where the bytes of stored files live, chosen by {@code jeweltrak.files.store}: a folder under the data
 * directory ({@link FolderFileStorage}, the default), an S3-compatible object store ({@link S3FileStorage}, for
 * several app nodes: design §1) or PostgreSQL ({@link PostgresFileStorage}). Modules that store files only see
 * {@link StoredFiles}, which checks the tenant through the stored_file row (row-level security) before reading. Bytes are written once per file and never changed.
 */
public interface FileStorage {

    /** Keeps the bytes of a new file, in the caller's transaction where the adapter can take part in one. */
    void write(FileId id, byte[] content);

    Optional<byte[]> read(FileId id);
}
