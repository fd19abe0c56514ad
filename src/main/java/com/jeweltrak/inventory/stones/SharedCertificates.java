package com.jeweltrak.inventory.stones;

import java.util.Optional;

import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.OpenedFile;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an anonymous holder of a share link gets: the one file the link names, as long as it is still a
 * certificate of the tenant's stones (a removed certificate stops being shared at once). The caller has no
 * session, so this runs as the link's tenant with no user; row-level security still applies.
 */
@Service
public class SharedCertificates {

    private final ShareLinks links;
    private final Reader reader;

    SharedCertificates(ShareLinks links, Reader reader) {
        this.links = links;
        this.reader = reader;
    }

    /** The file, or empty when it is no longer a certificate; a bad or old link throws (see {@link ShareLinks#verify}). */
    public Optional<OpenedFile> open(String token) {
        ShareLinks.Shared shared = links.verify(token);
        return TenantContext.callAs(shared.tenant(), null, () -> reader.open(shared.file()));
    }

    @org.springframework.stereotype.Component
    static class Reader {
        private final JdbcClient jdbc;
        private final StoredFiles files;

        Reader(JdbcClient jdbc, StoredFiles files) {
            this.jdbc = jdbc;
            this.files = files;
        }

        @Transactional(readOnly = true)
        public Optional<OpenedFile> open(FileId file) {
            boolean certificate = jdbc.sql("""
                            select exists (select 1 from stone_certificate where file_id = :f)
                                or exists (select 1 from set_stone where cert_file_id = :f)""")
                    .param("f", file.value()).query(Boolean.class).single();
            return certificate ? Optional.of(files.open(file)) : Optional.empty();
        }
    }
}
