package com.jeweltrak.platform.security;

import java.util.List;

import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a just-created owner in, as if they had used the sign-in form (sign-up lands signed in). */
@Component
public class SigningIn {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    public void signInAs(TenantId tenant, UserId user, String email, HttpServletRequest request,
                         HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                new SignedInUser(tenant.value(), user.value(), email.trim().toLowerCase()), null, List.of()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        var session = request.getSession();
        Sessions.noteDevice(session, request);
    }
}
