package com.jeweltrak.platform.security;

import java.io.IOException;
import java.util.Optional;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in user: binds their tenant to the thread (so every transaction sets
 * it in PostgreSQL), re-reads their permissions and stores, and ends the session of a user who was
 * deactivated. Store access is checked here, separately from permissions (decision 7).
 */
class CurrentUserFilter extends OncePerRequestFilter {

    private final CurrentUserLoader loader;

    CurrentUserFilter(CurrentUserLoader loader) {
        this.loader = loader;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        TenantContext.bind(signedIn.tenant(), signedIn.user());
        HttpSession session = request.getSession(false);
        StoreId wantedStore = session == null ? null : (StoreId) session.getAttribute(CurrentUser.STORE_SESSION_ATTRIBUTE);
        Optional<CurrentUser> current = loader.load(signedIn, wantedStore);
        if (current.isEmpty()) {
            TenantContext.unbind();
            if (session != null) session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                        "This account is no longer active.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?ended");
            }
            return;
        }
        CurrentUser user = current.get();
        if (session != null && user.currentStore() != null && !user.currentStore().id().equals(wantedStore)) {
            session.setAttribute(CurrentUser.STORE_SESSION_ATTRIBUTE, user.currentStore().id());
        }
        var refreshed = new UsernamePasswordAuthenticationToken(signedIn, null,
                user.permissions().stream().map(SimpleGrantedAuthority::new).toList());
        refreshed.setDetails(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.unbind();
        }
    }

    /** Error pages show the shell (navigation, user menu) too, so they run through here as well. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
