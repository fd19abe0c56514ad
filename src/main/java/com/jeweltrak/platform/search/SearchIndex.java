package com.jeweltrak.platform.search;

import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search current. A module calls it from inside the transaction that writes the record —
 * MANDATORY refuses a call outside one — so the entry commits or rolls back with the record itself.
 */
@Component
public class SearchIndex {

    private final JdbcClient jdbc;
    private final SearchableTypes types;

    SearchIndex(JdbcClient jdbc, SearchableTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /** Adds or replaces the record's entry; an unchanged entry is not rewritten, so the audit log stays quiet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void index(SearchEntry entry) {
        SearchableType type = requireKnown(entry.type());
        if (type.stores() == SearchableType.StoreRestriction.NONE && entry.store() != null) {
            // such entries are shown to everyone with the permission, whatever their stores (Search R7)
            throw new IllegalArgumentException(entry.type() + " records belong to no store; declare the type BY_ENTRY_STORE");
        }
        jdbc.sql("""
                        insert into search_entry (tenant_id, record_type, record_id, store_id, identifier, title, subtitle,
                                                  status, extra_text)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id, record_type, record_id) do update
                            set store_id = excluded.store_id, identifier = excluded.identifier, title = excluded.title,
                                subtitle = excluded.subtitle, status = excluded.status, extra_text = excluded.extra_text
                            where (search_entry.store_id, search_entry.identifier, search_entry.title, search_entry.subtitle,
                                   search_entry.status, search_entry.extra_text)
                                  is distinct from (excluded.store_id, excluded.identifier, excluded.title,
                                                    excluded.subtitle, excluded.status, excluded.extra_text)""")
                .params(TenantContext.requireTenant().value(), entry.type(), entry.id(),
                        entry.store() == null ? null : entry.store().value(), blankToNull(entry.identifier()),
                        entry.title().trim(), blankToNull(entry.subtitle()), blankToNull(entry.status()),
                        blankToNull(entry.extraText()))
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(String type, long id) {
        requireKnown(type);
        jdbc.sql("delete from search_entry where record_type = ? and record_id = ?").params(type, id).update();
    }

    private SearchableType requireKnown(String type) {
        return types.find(type)
                .orElseThrow(() -> new IllegalArgumentException("no module declares the searchable type " + type));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
