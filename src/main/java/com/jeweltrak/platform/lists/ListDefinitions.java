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
    private final List<ListTailoring> tailorings;

    ListDefinitions(List<ListDefinition<?>> definitions, List<ListTailoring> tailorings) {
        this.tailorings = List.copyOf(tailorings);
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
        return tailored(definition);
    }

    /** The list as the signed-in user is served it: every module's {@link ListTailoring} of it applied. */
    public <R> ListDefinition<R> forCurrentUser(String key, Class<R> rowType) {
        @SuppressWarnings("unchecked")
        ListDefinition<R> definition = (ListDefinition<R>) forCurrentUser(key);
        return definition;
    }

    private <R> ListDefinition<R> tailored(ListDefinition<R> definition) {
        ListDefinition<R> served = definition;
        for (ListTailoring tailoring : tailorings) {
            if (tailoring.tailors(served.key())) served = tailoring.forCurrentUser(served);
        }
        return served;
    }

    @SuppressWarnings("unchecked")
    public <R> ListDefinition<R> get(String key, Class<R> rowType) {
        return (ListDefinition<R>) get(key);
    }
}
