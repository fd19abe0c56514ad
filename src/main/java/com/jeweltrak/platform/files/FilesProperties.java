package com.jeweltrak.platform.files;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the bytes of stored files go: {@code folder} (the default: under {@code folder}, i.e.
 * {@code ${JEWELTRAK_DATA_DIR}/files}), {@code s3} (an S3-compatible object store) or {@code postgres}
 * (a table beside the records).
 */
@ConfigurationProperties("jeweltrak.files")
public record FilesProperties(String store, Path folder, S3 s3) {

    public FilesProperties {
        if (store == null || store.isBlank()) store = "folder";
        if (folder == null) folder = Path.of("data", "files");
        if (s3 == null) s3 = new S3(null, null, null, null, null, false);
    }

    /** An S3-compatible bucket; {@code pathStyle} for MinIO and most self-hosted stores (endpoint/bucket/key). */
    public record S3(URI endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle) {

        public S3 {
            if (region == null || region.isBlank()) region = "us-east-1";
        }
    }
}
