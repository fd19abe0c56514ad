package com.jeweltrak.contacts.greetings;

import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Greeting settings that cannot be saved; carries every field's problem so a form can show them all. */
public class GreetingSettingsInvalid extends BusinessRuleViolated {

    private final Map<String, String> problems;

    public GreetingSettingsInvalid(Map<String, String> problems) {
        super(problems.keySet().iterator().next(), problems.values().iterator().next());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
