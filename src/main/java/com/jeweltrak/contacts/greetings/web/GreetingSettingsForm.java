package com.jeweltrak.contacts.greetings.web;

import com.jeweltrak.contacts.greetings.GreetingSettings;
import jakarta.validation.constraints.Size;

/** Settings → Greetings as typed: two switches and two templates. */
record GreetingSettingsForm(
        boolean birthdayEnabled,
        boolean anniversaryEnabled,
        @Size(max = 200) String birthdaySubject,
        @Size(max = 10000) String birthdayBody,
        @Size(max = 200) String anniversarySubject,
        @Size(max = 10000) String anniversaryBody) {

    static GreetingSettingsForm of(GreetingSettings s) {
        return new GreetingSettingsForm(s.birthdayEnabled(), s.anniversaryEnabled(), s.birthday().subject(),
                s.birthday().body(), s.anniversary().subject(), s.anniversary().body());
    }

    GreetingSettings toSettings() {
        return new GreetingSettings(birthdayEnabled, anniversaryEnabled,
                new GreetingSettings.Template(birthdaySubject, birthdayBody),
                new GreetingSettings.Template(anniversarySubject, anniversaryBody));
    }
}
