package com.jeweltrak.platform.idempotency;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the idempotency check for the API. */
@Configuration(proxyBeanMethods = false)
class IdempotencyWebConfiguration implements WebMvcConfigurer {

    private final IdempotencyInterceptor interceptor;

    IdempotencyWebConfiguration(IdempotencyInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/api/**");
    }
}
