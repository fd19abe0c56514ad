package com.jeweltrak.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates /api/v1 calls by {@code Authorization: Bearer <token>}; a bad token is a 401 Problem. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        Optional<TenantId> tenant = ApiTokens.claimedTenant(token);
        Optional<UserId> user = tenant.flatMap(t -> TenantContext.callAs(t, null, () -> tokens.resolve(token)));
        if (user.isEmpty()) {
            ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The bearer token is unknown or revoked.");
            return;
        }
        TenantContext.runAs(tenant.get(), user.get(), () -> tokens.touch(token));
        SignedInUser signedIn = new SignedInUser(tenant.get().value(), user.get().value(), null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(signedIn, null, List.of()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
