package com.jeweltrak.platform.web;

import java.time.DateTimeException;
import java.time.ZoneId;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.SigningIn;
import com.jeweltrak.platform.tenancy.OpeningTenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** A new business signs up: organization, first store, owner account — and lands signed in. */
@Controller
class SignUpController {

    record SignUpForm(
            @NotBlank(message = "Enter your business name.") @Size(max = 120) String organizationName,
            @NotBlank(message = "Name your first store.") @Size(max = 120) String storeName,
            @NotBlank(message = "Choose a time zone.") String timeZone,
            @NotBlank(message = "Enter your first name.") @Size(max = 80) String firstName,
            @Size(max = 80) String lastName,
            @NotBlank(message = "Enter your e-mail.") @Email(message = "Enter a valid e-mail address.") @Size(max = 254) String email,
            @NotBlank(message = "Choose a password.") String password) {

        static SignUpForm blank() {
            return new SignUpForm("", "", "America/New_York", "", "", "", "");
        }
    }

    private final OpeningTenant openingTenant;
    private final SigningIn signingIn;

    SignUpController(OpeningTenant openingTenant, SigningIn signingIn) {
        this.openingTenant = openingTenant;
        this.signingIn = signingIn;
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", SignUpForm.blank());
        model.addAttribute("timeZones", TimeZones.COMMON);
        return "platform/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("timeZones", TimeZones.COMMON);
        ZoneId zone = null;
        try {
            zone = form.timeZone() == null ? null : ZoneId.of(form.timeZone());
        } catch (DateTimeException e) {
            result.rejectValue("timeZone", "zone", "Choose a time zone from the list.");
        }
        if (result.hasErrors()) {
            return "platform/signup";
        }
        try {
            var opened = openingTenant.open(new OpeningTenant.Request(form.organizationName(), form.storeName(), zone,
                    form.firstName(), form.lastName(), form.email(), form.password()));
            signingIn.signInAs(opened.tenant(), opened.owner(), form.email(), request, response);
        } catch (BusinessRuleViolated violation) {
            if ("ownerPassword".equals(violation.field())) {
                result.rejectValue("password", "rule", violation.getMessage());
            } else {
                FormErrors.reject(result, violation);
            }
            return "platform/signup";
        }
        return "redirect:/";
    }
}
