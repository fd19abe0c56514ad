package com.jeweltrak.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Notes the device and address on the new session, so My Profile can show where one is signed in. */
@Component
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    SignInSuccess() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        HttpSession session = request.getSession();
        Sessions.noteDevice(session, request);
        session.removeAttribute(SignInFailure.LAST_EMAIL);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
