package com.jeweltrak.contacts.greetings;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Settings → Greetings, saved by the tenant's own admin (R2, R3; decision 9): refused whole if any field is wrong. */
@Component
public class ChangingGreetingSettings {

    private final GreetingSettingsStore store;

    ChangingGreetingSettings(GreetingSettingsStore store) {
        this.store = store;
    }

    @Transactional
    public GreetingSettings change(GreetingSettings settings) {
        Map<String, String> problems = settings.problems();
        if (!problems.isEmpty()) throw new GreetingSettingsInvalid(problems);
        store.save(settings);
        return store.current();
    }
}
