package com.jeweltrak.platform.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Form sign-in through {@link PasswordSignIn}; every refusal carries the one generic message. */
class SignInAuthenticationProvider implements AuthenticationProvider {

    static final String GENERIC_FAILURE = "The e-mail or password is not right, or too many attempts were made. Try again in a few minutes.";

    private final PasswordSignIn signIn;

    SignInAuthenticationProvider(PasswordSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        String email = String.valueOf(authentication.getPrincipal());
        String password = String.valueOf(authentication.getCredentials());
        SignedInUser user = signIn.check(email, password, address)
                .orElseThrow(() -> new BadCredentialsException(GENERIC_FAILURE));
        return new UsernamePasswordAuthenticationToken(user, null, List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
