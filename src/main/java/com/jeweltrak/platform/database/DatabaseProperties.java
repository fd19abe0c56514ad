package com.jeweltrak.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the application starts an embedded PostgreSQL whose
 * files are kept under {@code dataDir}; with one it uses that external server, migrating as the
 * owner role and running as the application role.
 */
@ConfigurationProperties("jeweltrak.db")
public record DatabaseProperties(
        String url,
        String ownerUser,
        String ownerPassword,
        String appUser,
        String appPassword,
        Path dataDir,
        boolean durable,
        boolean cleanOnStart,
        int poolSize) {

    public DatabaseProperties {
        if (appUser == null || appUser.isBlank()) appUser = "jeweltrak_app";
        if (ownerUser == null || ownerUser.isBlank()) ownerUser = "jeweltrak_owner";
        if (dataDir == null) dataDir = Path.of("data");
        if (poolSize <= 0) poolSize = 10;
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
