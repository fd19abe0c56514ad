package com.jeweltrak.support;

import com.jeweltrak.platform.picklists.PickList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No production module declares a pick list yet, so the tests declare one over an existing nullable
 * text column of a tenant table: a store's region. It is also what the tenant isolation sweep calls
 * the {@code {listKey}} routes with.
 */
@Configuration(proxyBeanMethods = false)
public class TestPickLists {

    public static final String STORE_REGION = "test.store-region";

    @Bean
    PickList testStoreRegionList() {
        return PickList.of(STORE_REGION, "Store region (test)", new PickList.Usage("store", "region"));
    }
}
