package com.jeweltrak.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JewelTrak operator's door (onboarding, test suites): a bearer token equal to the configured
 * operator token. No tenant user can pass it; with no token configured the operator API is absent (404).
 */
class OperatorTokenFilter extends OncePerRequestFilter {

    static final String OPERATOR = "ROLE_OPERATOR";

    private final byte[] operatorToken;

    OperatorTokenFilter(String operatorToken) {
        this.operatorToken = operatorToken == null || operatorToken.isBlank() ? null
                : operatorToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (operatorToken == null) {
            ProblemResponses.write(response, HttpServletResponse.SC_NOT_FOUND, "Not Found", "No such resource.");
            return;
        }
        String header = request.getHeader("Authorization");
        byte[] presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(operatorToken, presented)) {
            ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "An operator token is required.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("operator", null,
                List.of(new SimpleGrantedAuthority(OPERATOR))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
