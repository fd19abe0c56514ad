package com.jeweltrak.platform.web;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.ApiTokens;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.users.OwnAccount;
import com.jeweltrak.platform.users.Users;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My Profile (10-settings §My Profile): name, password, open sessions and API tokens. Needs no permission. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    record NameForm(@NotBlank(message = "Enter a first name.") @Size(max = 80) String firstName,
                    @Size(max = 80) String lastName) {
    }

    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }

    record TokenForm(@NotBlank(message = "Name the token, e.g. the integration that uses it.") @Size(max = 80) String name) {
    }

    private final OwnAccount account;
    private final Users users;
    private final Sessions sessions;
    private final ApiTokens tokens;

    ProfileController(OwnAccount account, Users users, Sessions sessions, ApiTokens tokens) {
        this.account = account;
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @GetMapping
    String profile(Model model, HttpSession session) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("nameForm", nameFormOf(me));
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("tokenForm", new TokenForm(""));
        return page(model, session);
    }

    @PostMapping("/name")
    String rename(@Valid @ModelAttribute("nameForm") NameForm form, BindingResult result, Model model, HttpSession session,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                account.rename(CurrentUser.require().id(), form.firstName(), form.lastName());
                redirect.addFlashAttribute("flash", "Your name was saved.");
                return "redirect:/profile";
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("tokenForm", new TokenForm(""));
        return page(model, session);
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
                          HttpSession session, RedirectAttributes redirect) {
        try {
            account.changePassword(CurrentUser.require().id(), session.getId(), form.currentPassword(),
                    form.newPassword(), form.confirmPassword());
            redirect.addFlashAttribute("flash", "Your password was changed. Your other sessions were signed out.");
            return "redirect:/profile";
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
        }
        CurrentUser me = CurrentUser.require();
        model.addAttribute("nameForm", nameFormOf(me));
        model.addAttribute("tokenForm", new TokenForm(""));
        return page(model, session);
    }

    @PostMapping("/sessions/{sessionId}/end")
    String endSession(@PathVariable String sessionId, HttpSession session, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.require();
        // an ended session and another user's session look the same from here: not found
        if (!sessions.end(me.tenant(), me.id(), sessionId)) {
            throw new RecordNotFound("Session", sessionId);
        }
        if (sessionId.equals(session.getId())) {
            return "redirect:/login?signedOut";
        }
        redirect.addFlashAttribute("flash", "The session was ended.");
        return "redirect:/profile";
    }

    @PostMapping("/sessions/end-others")
    String endOthers(HttpSession session, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.require();
        int ended = sessions.endAllExcept(me.tenant(), me.id(), session.getId());
        redirect.addFlashAttribute("flash", ended == 1 ? "1 other session was signed out."
                : ended + " other sessions were signed out.");
        return "redirect:/profile";
    }

    @PostMapping("/tokens")
    String issueToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
                      HttpSession session, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.require();
        if (result.hasErrors()) {
            model.addAttribute("nameForm", nameFormOf(me));
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
            return page(model, session);
        }
        var issued = tokens.issue(me.id(), form.name().trim());
        redirect.addFlashAttribute("issuedToken", issued.token());
        return "redirect:/profile#tokens";
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
        if (!tokens.revoke(CurrentUser.require().id(), tokenId)) {
            throw new RecordNotFound("Token", tokenId);
        }
        redirect.addFlashAttribute("flash", "The token was revoked.");
        return "redirect:/profile#tokens";
    }

    private NameForm nameFormOf(CurrentUser me) {
        var user = users.find(me.id());
        return user.map(u -> new NameForm(u.firstName(), u.lastName())).orElse(new NameForm(me.displayName(), ""));
    }

    private String page(Model model, HttpSession session) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("sessions", sessions.of(me.tenant(), me.id(), session.getId()));
        model.addAttribute("tokens", tokens.of(me.id()));
        return "platform/profile";
    }
}
