package com.jeweltrak.services.appraisals.web;

import com.jeweltrak.platform.search.SearchEntry;
import com.jeweltrak.platform.search.SearchIndex;
import com.jeweltrak.platform.search.SearchableType;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.services.appraisals.AppraisalChanged;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.services.appraisals.Appraisals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An appraisal as the top search box finds it (Search R2, R7): "appraisal 12" or "12" by its number, or the
 * customer's name; behind Appraisals.View and the appraisal's store. Kept current by {@link AppraisalChanged}.
 */
@Component
class AppraisalSearchEntries {

    private final SearchIndex index;
    private final Appraisals appraisals;
    private final AppraisalRows rows;

    AppraisalSearchEntries(SearchIndex index, Appraisals appraisals, AppraisalRows rows) {
        this.index = index;
        this.appraisals = appraisals;
        this.rows = rows;
    }

    @Configuration(proxyBeanMethods = false)
    static class Declaration {
        @Bean
        SearchableType appraisalsSearchable() {
            return new SearchableType(AppraisalPeek.TYPE, "Appraisal", "Appraisals", Permission.key("Appraisals", "View"),
                    SearchableType.StoreRestriction.BY_ENTRY_STORE);
        }
    }

    @EventListener
    void changed(AppraisalChanged event) {
        reindex(event.appraisal());
    }

    @Transactional
    void reindex(AppraisalId id) {
        appraisals.find(id).ifPresent(a -> {
            AppraisalRow row = rows.row(a);
            index.index(new SearchEntry(AppraisalPeek.TYPE, id.value(), a.store(), a.numberText(),
                    "Appraisal " + a.numberText() + " — " + row.customer(),
                    row.date() + " · " + row.purpose() + " · " + row.itemsText() + " · " + row.totalText(),
                    row.statusLabel(), row.customer()));
        });
    }
}
