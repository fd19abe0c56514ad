package com.jeweltrak.platform.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Every list the modules declared, by key. */
@Component
public class ListDefinitions {

    private final Map<String, ListDefinition<?>> byKey = new HashMap<>();

    ListDefinitions(List<ListDefinition<?>> definitions) {
        for (ListDefinition<?> definition : definitions) {
            if (byKey.put(definition.key(), definition) != null) {
                throw new IllegalStateException("Two lists declare the key " + definition.key());
            }
        }
    }

    public ListDefinition<?> get(String key) {
        ListDefinition<?> definition = key == null ? null : byKey.get(key);
        if (definition == null) throw new RecordNotFound("List", key);
        return definition;
    }

    /** The list, if the signed-in user holds the permission it needs; otherwise 403 as for its page. */
    public ListDefinition<?> forCurrentUser(String key) {
        ListDefinition<?> definition = get(key);
        if (definition.permission() != null && !CurrentUser.require().can(definition.permission())) {
            throw new AccessDeniedException("Needs " + definition.permission());
        }
        return definition;
    }

    @SuppressWarnings("unchecked")
    public <R> ListDefinition<R> get(String key, Class<R> rowType) {
        return (ListDefinition<R>) get(key);
    }
}
