package com.jeweltrak.platform.tenancy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import com.jeweltrak.support.TestTenants;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.multipart.MultipartFile;

import static com.jeweltrak.platform.tenancy.SweepRoutes.Route;
import static com.jeweltrak.platform.tenancy.SweepRoutes.SAMPLES;
import static com.jeweltrak.platform.tenancy.SweepRoutes.VARIABLE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * issue 12 §3: one person of one tenant calling a route of the sweep — a page with the person signed in (and a CSRF
 * token), the API with the person's own bearer token. The input is {@link SweepRoutes#SAMPLES}' when there is one,
 * with the caller's own group, store and contact written in; otherwise every required request parameter gets a value of
 * its type and a JSON body is {@code {}}, so that, wherever binding allows, the permission check decides the answer.
 */
record SweepCaller(String tenant, String role, TestTenants.Person person, String token, Set<String> authorities,
                   SweepTenantRecords.Planted own, SweepTenantRecords.Planted other) {

    /** Bodies for API operations without a sample, from OpenAPI; set by the sweep. */
    static SweepBodies bodies;

    /** Every call's X-Request-Id, which the audit log records beside each row the call wrote. */
    private static final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
    static final String REQUEST_PREFIX = "sweep-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-";

    record Answer(SweepCaller caller, Route route, String uri, int status, String contentType, String body, String requestId) {
        @Override
        public String toString() {
            return caller.tenant + "/" + caller.role + " " + route.method() + " " + uri + " → " + status;
        }
    }

    @Override
    public String toString() {
        return tenant + "/" + role;
    }

    Answer call(MockMvc mvc, Route route, Map<String, String> values) {
        StringBuilder uri = new StringBuilder();
        Matcher m = VARIABLE.matcher(route.pattern());
        while (m.find()) m.appendReplacement(uri, Matcher.quoteReplacement(values.get(m.group(1))));
        m.appendTail(uri);
        HttpMethod method = HttpMethod.valueOf(route.method());
        AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(method, uri.toString());
        boolean multipart = false;
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) multipart = true;
        }
        if (multipart) {
            MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders.multipart(method, uri.toString());
            for (MethodParameter parameter : route.handler().getMethodParameters()) {
                if (!MultipartFile.class.isAssignableFrom(parameter.getParameterType())) continue;
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
                String name = param != null && !param.name().isEmpty() ? param.name()
                        : part != null && !part.name().isEmpty() ? part.name() : parameter.getParameterName();
                upload.file(name, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            }
            request = upload;
        }
        String sample = SAMPLES.get(route.key());
        if (sample != null) {
            sample = sample.replace("{group}", own.first(SweepRoutes.Kind.GROUP)).replace("{store}", own.first(SweepRoutes.Kind.STORE))
                    .replace("{ownContact}", own.first(SweepRoutes.Kind.CONTACT)).replace("{ownRegion}", own.region())
                    .replace("{otherRegion}", other.region()).replace("{otherStoredValue}", other.region());
        }
        boolean body = java.util.Arrays.stream(route.handler().getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        if (route.api()) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON);
            if (sample == null && body && bodies != null) sample = bodies.of(route.method(), route.pattern());
            if (sample != null || body) request.contentType(MediaType.APPLICATION_JSON).content(sample != null ? sample : "{}");
        } else {
            request.with(person.signedIn()).with(csrf()).accept(MediaType.TEXT_HTML);
            if (sample != null) {
                if (!multipart) request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
                for (String pair : sample.split("&")) {
                    String[] kv = pair.split("=", 2);
                    request.param(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            } else if (body) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (sample == null || route.api()) fillRequiredParameters(route, request, own);
        String requestId = REQUEST_PREFIX + calls.incrementAndGet();
        request.header("X-Request-Id", requestId);
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Answer(this, route, uri.toString(), result.getResponse().getStatus(),
                    String.valueOf(result.getResponse().getContentType()), result.getResponse().getContentAsString(StandardCharsets.UTF_8),
                    requestId);
        } catch (Exception unhandled) {
            return new Answer(this, route, uri.toString(), 500, "", String.valueOf(unhandled), requestId);
        }
    }

    /** A value of its type for every required request parameter the route reads (not a file: those are uploaded). */
    private static void fillRequiredParameters(Route route, AbstractMockHttpServletRequestBuilder<?> request,
                                               SweepTenantRecords.Planted own) {
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || !param.required() || !ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) continue;
            Class<?> type = parameter.getParameterType();
            if (MultipartFile.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) continue;
            String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            String value;
            // itemId, contactId …: the caller's own record of that kind, so the call is not "not found" before the check
            String kind = name.endsWith("Id") ? name.substring(0, name.length() - 2) : null;
            SweepRoutes.Kind named = kind == null ? null : SweepRoutes.KIND_BY_SEGMENT.getOrDefault(kind,
                    SweepRoutes.KIND_BY_SEGMENT.get(kind + "s"));
            if (named != null && own.ids().containsKey(named)) value = own.first(named);
            else if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) value = "1";
            else if (type == boolean.class || type == Boolean.class) value = "true";
            else if (type == LocalDate.class) value = LocalDate.of(2026, 11, 1).toString();
            else if (type.isEnum()) value = ((Enum<?>) type.getEnumConstants()[0]).name();
            else value = "1";
            request.param(name, value);
        }
    }
}
