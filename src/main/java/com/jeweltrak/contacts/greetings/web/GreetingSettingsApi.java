package com.jeweltrak.contacts.greetings.web;

import java.util.List;

import com.jeweltrak.contacts.greetings.ChangingGreetingSettings;
import com.jeweltrak.contacts.greetings.GreetingSettings;
import com.jeweltrak.contacts.greetings.GreetingSettingsInvalid;
import com.jeweltrak.contacts.greetings.GreetingSettingsStore;
import com.jeweltrak.contacts.greetings.MergeFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Greeting settings over the API (07-contacts §Birthday & Anniversary Auto-Send R2, R3), for tenant admins. */
@RestController
@RequestMapping("/api/v1/greeting-settings")
@PreAuthorize("hasAuthority('CanManageUsers')")
@Tag(name = "Greetings", description = "Birthday and anniversary greetings (07-contacts §Birthday & Anniversary Auto-Send)")
class GreetingSettingsApi {

    record GreetingSettingsJson(boolean birthdayEnabled, boolean anniversaryEnabled, String birthdaySubject,
                                String birthdayBody, String anniversarySubject, String anniversaryBody,
                                List<String> mergeFields) {
        static GreetingSettingsJson of(GreetingSettings s) {
            return new GreetingSettingsJson(s.birthdayEnabled(), s.anniversaryEnabled(), s.birthday().subject(),
                    s.birthday().body(), s.anniversary().subject(), s.anniversary().body(),
                    MergeFields.NAMES.stream().map(n -> "{" + n + "}").toList());
        }
    }

    record GreetingSettingsRequest(@NotNull Boolean birthdayEnabled, @NotNull Boolean anniversaryEnabled,
                                   @NotNull @Size(max = 200) String birthdaySubject,
                                   @NotNull @Size(max = 10000) String birthdayBody,
                                   @NotNull @Size(max = 200) String anniversarySubject,
                                   @NotNull @Size(max = 10000) String anniversaryBody) {
        GreetingSettings toSettings() {
            return new GreetingSettings(birthdayEnabled, anniversaryEnabled,
                    new GreetingSettings.Template(birthdaySubject, birthdayBody),
                    new GreetingSettings.Template(anniversarySubject, anniversaryBody));
        }
    }

    private final GreetingSettingsStore settings;
    private final ChangingGreetingSettings changing;

    GreetingSettingsApi(GreetingSettingsStore settings, ChangingGreetingSettings changing) {
        this.settings = settings;
        this.changing = changing;
    }

    @GetMapping
    @Operation(summary = "The tenant's greeting settings: both switches (off by default) and both templates")
    GreetingSettingsJson get() {
        return GreetingSettingsJson.of(settings.current());
    }

    @PutMapping
    @Operation(summary = "Replace the greeting settings; 422 names every field with an unknown merge field or a missing text")
    GreetingSettingsJson put(@Valid @RequestBody GreetingSettingsRequest request) {
        return GreetingSettingsJson.of(changing.change(request.toSettings()));
    }

    /** Every field's problem at once, not only the first (the shared handler knows one field). */
    @ExceptionHandler(GreetingSettingsInvalid.class)
    ProblemDetail invalid(GreetingSettingsInvalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Refused by a business rule");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
