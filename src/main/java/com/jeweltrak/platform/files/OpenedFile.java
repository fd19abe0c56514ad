package com.jeweltrak.platform.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A stored file with its bytes, read for a download. Files are at most 10 MB, so they are read whole. */
public record OpenedFile(StoredFile file, byte[] bytes) {

    public InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }
}
