package com.jeweltrak.inventory.stones.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Share links are opened by customers who have no account: /shared/** is served without a session, read-only,
 * with its own strict policy (its one script from our origin, no frames, no referrer that would carry the token).
 */
@Configuration(proxyBeanMethods = false)
class SharedCertificateSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain sharedCertificateLinks(HttpSecurity http) throws Exception {
        return http.securityMatcher("/shared/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'self'; "
                                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
