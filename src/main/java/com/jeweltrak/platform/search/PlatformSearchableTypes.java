package com.jeweltrak.platform.search;

import com.jeweltrak.platform.tenancy.StoreSearchEntries;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.UserSearchEntries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The platform's own searchable records: staff and stores, both for the people who manage them
 * (Settings needs CanManageUsers). Feature modules declare theirs the same way; the order puts the
 * platform's groups after the business records the modules will add.
 */
@Configuration(proxyBeanMethods = false)
class PlatformSearchableTypes {

    @Bean
    @Order(1000)
    SearchableType usersSearchable() {
        return new SearchableType(UserSearchEntries.TYPE, "User", "Users", Permission.CAN_MANAGE_USERS,
                SearchableType.StoreRestriction.NONE);
    }

    @Bean
    @Order(1001)
    SearchableType storesSearchable() {
        return new SearchableType(StoreSearchEntries.TYPE, "Store", "Stores", Permission.CAN_MANAGE_USERS,
                SearchableType.StoreRestriction.BY_ENTRY_STORE);
    }
}
