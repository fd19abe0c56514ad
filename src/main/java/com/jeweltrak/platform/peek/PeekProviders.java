package com.jeweltrak.platform.peek;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Every module's {@link PeekProvider}, by record type. */
@Component
public class PeekProviders {

    private final Map<String, PeekProvider> byType = new LinkedHashMap<>();

    PeekProviders(List<PeekProvider> providers) {
        for (PeekProvider provider : providers) {
            if (byType.putIfAbsent(provider.type(), provider) != null) {
                throw new IllegalStateException("two peeks for the record type " + provider.type());
            }
        }
    }

    public Optional<PeekProvider> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public Set<String> types() {
        return Set.copyOf(byType.keySet());
    }
}
