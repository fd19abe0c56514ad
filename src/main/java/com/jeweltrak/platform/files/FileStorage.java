package com.jeweltrak.platform.files;

import java.util.Optional;

/**
 * Where the bytes of stored files live (design §1: app nodes keep nothing on their own disks). The
 * default adapter keeps them in PostgreSQL ({@link PostgresFileStorage}); an object-storage (S3)
 * adapter can replace it without touching the modules that store files, which only see
 * {@link StoredFiles}. Bytes are written once per file and never changed.
 */
public interface FileStorage {

    /** Keeps the bytes of a new file, in the caller's transaction where the adapter can take part in one. */
    void write(FileId id, byte[] content);

    Optional<byte[]> read(FileId id);
}
