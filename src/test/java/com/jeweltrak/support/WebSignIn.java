package com.jeweltrak.support;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signs in through the real form, so a real session lands in PostgreSQL; returns its cookie. */
public final class WebSignIn {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    private WebSignIn() {
    }

    public static Cookie session(MockMvc mvc, String email, String password) throws Exception {
        String address = "10.88." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250 + 1);
        var response = mvc.perform(post("/login").param("email", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    request.addHeader("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Chrome/140.0 Safari/537.36");
                    return request;
                })).andReturn().getResponse();
        Cookie cookie = response.getCookie("SESSION");
        if (cookie == null || !"/".equals(response.getRedirectedUrl())) {
            throw new IllegalStateException("Sign-in of " + email + " failed: " + response.getRedirectedUrl());
        }
        return cookie;
    }
}
