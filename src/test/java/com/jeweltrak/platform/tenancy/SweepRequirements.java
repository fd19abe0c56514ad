package com.jeweltrak.platform.tenancy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

import static java.util.Map.entry;

/**
 * issue 12 §3: what a route demands of the caller, read from its handler's {@code @PreAuthorize} (method, else class)
 * and evaluated for a set of authorities with SpEL, as Spring Security would. Only the forms the app uses are known
 * ({@code hasAuthority}, {@code hasAnyAuthority}, {@code isAuthenticated}, joined by {@code and} / {@code or}); any other
 * expression cannot be read, and the sweep fails naming the route.
 */
final class SweepRequirements {

    /** Routes open to anyone (the page chain's permitAll and the API's token exchange). */
    static final List<String> PUBLIC_PREFIXES = List.of("/login", "/signup", "/error", "/v3/api-docs",
            "/actuator/health", "/api/v1/auth/tokens", "/offline.html", "/manifest.webmanifest", "/sw.js");

    /** The operator API: no user of any tenant holds the operator's authority (SecurityConfiguration's first chain). */
    static final String OPERATOR_PREFIX = "/api/v1/admin/";

    /**
     * Routes whose handler checks the permission in code, on the record it names (its family decides the key): what
     * that check demands for the sweep's own records — a tenant's first item is jewelry (Inventory.*), its stone
     * certificate is on a diamond. Matched against the route key in order; the first match wins and is joined with
     * the handler's {@code @PreAuthorize}, if any, by {@code and}. A route checked in code that is missing here shows
     * up as a 403 to a person the sweep thought allowed.
     */
    static final List<Map.Entry<Pattern, String>> CHECKED_IN_CODE = List.of(
            inCode("GET /api/v1/inventory-counts/\\{id}/adjustments", "hasAuthority('Inventory.Edit')"),
            inCode("GET /inventory/counts/\\{id}/finish", "hasAuthority('Inventory.Edit')"),
            inCode("GET /(api/v1/)?inventory(-counts|/counts)/\\{id}", "hasAuthority('Inventory.View')"),
            inCode("GET /inventory/items/\\{id}/edit", "hasAuthority('Inventory.Edit')"),
            inCode("GET /inventory/items/\\{id}/set-stones/\\{stoneId}", "hasAuthority('Inventory.Edit')"),
            // without ?family= the new-item form is "not found" for everyone, before any permission is asked
            inCode("GET /inventory/items/new", "isAuthenticated()"),
            inCode("GET /(api/v1/items|inventory/items|partnerships/items)/.+", "hasAuthority('Inventory.View')"),
            inCode("GET /inventory/stone-certificates/.+", "hasAuthority('Diamonds.View')"),
            inCode("GET /inventory", "hasAnyAuthority('Inventory.View', 'Watches.View', 'Diamonds.View', "
                    + "'ColoredStones.View', 'Pearls.View')"),
            inCode("GET /inventory/jewelry", "hasAuthority('Inventory.View')"),
            inCode("GET /inventory/watches", "hasAuthority('Watches.View')"),
            inCode("GET /inventory/diamonds", "hasAuthority('Diamonds.View')"),
            inCode("GET /inventory/colored-stones", "hasAuthority('ColoredStones.View')"),
            inCode("GET /inventory/pearls", "hasAuthority('Pearls.View')"),
            // a new style is jewelry unless the form says otherwise
            inCode("GET /inventory/styles/new|POST /inventory/styles", "hasAuthority('Inventory.Create')"),
            inCode("GET /inventory/styles/\\{id}/edit", "hasAuthority('Inventory.Edit')"),
            inCode("POST /utilities/bulk-image-download/select-item", "hasAuthority('Inventory.View')"));

    /** The Quick Peek's requirement is its provider's (PeekProvider.permission), set by the sweep at run time. */
    static java.util.function.Function<String, String> peekPermission = type -> null;

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    /** Whether the route answers the caller at all; a route nobody may call is {@link Requirement#NOBODY}. */
    sealed interface Requirement {
        boolean heldBy(Set<String> authorities);

        Requirement ANYONE = new Fixed("anyone", true);
        Requirement NOBODY = new Fixed("the operator", false);

        record Fixed(String describe, boolean held) implements Requirement {
            public boolean heldBy(Set<String> authorities) {
                return held;
            }
        }

        record Expressed(String expression, Expression parsed) implements Requirement {
            @Override
            public String toString() {
                return expression;
            }

            public boolean heldBy(Set<String> authorities) {
                Boolean held = parsed.getValue(SimpleEvaluationContext.forReadOnlyDataBinding().withInstanceMethods()
                        .withRootObject(new Root(authorities)).build(), Boolean.class);
                return Boolean.TRUE.equals(held);
            }
        }
    }

    /** The methods a {@code @PreAuthorize} expression of the app may call, answering for a fixed set of authorities. */
    public record Root(Set<String> authorities) {
        public boolean hasAuthority(String key) {
            return authorities.contains(key);
        }

        public boolean hasAnyAuthority(String... keys) {
            return Arrays.stream(keys).anyMatch(authorities::contains);
        }

        public boolean isAuthenticated() {
            return true;
        }
    }

    private SweepRequirements() {
    }

    /**
     * The requirement of a route; throws {@link IllegalArgumentException} naming the route when it cannot be read
     * (an expression of another form). A route without {@code @PreAuthorize} is open to anyone signed in — the chains'
     * {@code anyRequest().authenticated()} — unless its handler checks in code ({@link #CHECKED_IN_CODE}).
     */
    static Requirement of(SweepRoutes.Route route) {
        if (route.pattern().startsWith(OPERATOR_PREFIX)) return Requirement.NOBODY;
        HandlerMethod handler = route.handler();
        String inCode = CHECKED_IN_CODE.stream().filter(e -> e.getKey().matcher(route.key()).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (route.pattern().startsWith("/peek/")) {
            String permission = peekPermission.apply(route.pattern().split("/")[2]);
            if (permission != null) inCode = "hasAuthority('" + permission + "')";
        }
        PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (annotation == null) annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        String declared = annotation != null ? annotation.value() : null;
        String expression = inCode == null ? declared : declared == null ? inCode : "(" + declared + ") and (" + inCode + ")";
        if (expression == null) {
            return PUBLIC_PREFIXES.stream().anyMatch(route.pattern()::startsWith) ? Requirement.ANYONE : parse(route, "isAuthenticated()");
        }
        return parse(route, expression);
    }

    private static Requirement parse(SweepRoutes.Route route, String expression) {
        try {
            Requirement.Expressed parsed = new Requirement.Expressed(expression, PARSER.parseExpression(expression));
            parsed.heldBy(Set.of());
            return parsed;
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("the sweep cannot read what " + route.key() + " requires: @PreAuthorize(\""
                    + expression + "\") — teach SweepRequirements.Root that form (" + unreadable.getMessage() + ")");
        }
    }

    private static Map.Entry<Pattern, String> inCode(String routeKey, String expression) {
        return entry(Pattern.compile(routeKey), expression);
    }
}
