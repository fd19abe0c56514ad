package com.jeweltrak.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the form with the generic message, keeping the e-mail that was typed. */
class SignInFailure implements AuthenticationFailureHandler {

    public static final String LAST_EMAIL = "jeweltrak.lastEmail";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 320) {
            request.getSession().setAttribute(LAST_EMAIL, email);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
