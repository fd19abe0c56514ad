package com.jeweltrak.platform.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Every {@link SearchableType} the modules declared, in the order groups of results are shown. */
@Component
public class SearchableTypes {

    private final Map<String, SearchableType> byKey = new LinkedHashMap<>();

    SearchableTypes(List<SearchableType> declared) {
        for (SearchableType type : declared) {
            if (byKey.putIfAbsent(type.key(), type) != null) {
                throw new IllegalStateException("two modules declare the searchable type " + type.key());
            }
        }
    }

    public Optional<SearchableType> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    public List<SearchableType> all() {
        return List.copyOf(byKey.values());
    }

    /** The types whose records the person may find (Search R7: the type's permission). */
    public List<SearchableType> visibleTo(CurrentUser user) {
        return byKey.values().stream().filter(t -> t.permission() == null || user.can(t.permission())).toList();
    }
}
