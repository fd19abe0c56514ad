package com.jeweltrak.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form record whose field could not be converted (text typed into a number, "2" for a yes/no) is bound by its
 * constructor, and then Spring leaves the binding result without a target: the page shown again with the error
 * failed to render ("Cannot access properties on null bean instance") and the person got a 500 — issue 12 §4, found
 * by the input fuzzing on the wishlist, tag printing, partnership and period-close forms. Before such a page renders,
 * the binding result gets the form back (the record as bound, or one with empty fields), keeping every error and
 * every rejected value, so the form shows what was typed with the message beside the field.
 */
@Configuration(proxyBeanMethods = false)
class RefusedFormsKeepTheirFields implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || !(handler instanceof HandlerMethod method)) return;
        Map<String, Object> model = modelAndView.getModel();
        for (String key : new ArrayList<>(model.keySet())) {
            if (!key.startsWith(BindingResult.MODEL_KEY_PREFIX) || !(model.get(key) instanceof BindingResult result)
                    || result.getTarget() != null) {
                continue;
            }
            String name = result.getObjectName();
            Object form = model.get(name) != null ? model.get(name) : blank(method, name);
            if (!result.hasErrors()) continue;
            if (form == null) continue;
            DirectFieldBindingResult restored = new DirectFieldBindingResult(form, name);
            restored.addAllErrors(result);
            model.put(name, form);
            model.put(key, restored);
            // the layout's alert, for a page that shows no error beside the field that did not convert
            model.putIfAbsent("problem", FormErrors.unconverted(result));
        }
    }

    /** The form record the handler binds under that name, with every field empty. */
    private static Object blank(HandlerMethod method, String name) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (!type.isRecord()) continue;
            ModelAttribute attribute = parameter.getParameterAnnotation(ModelAttribute.class);
            String bound = attribute != null && !attribute.name().isEmpty() ? attribute.name()
                    : java.beans.Introspector.decapitalize(type.getSimpleName());
            if (!bound.equals(name)) continue;
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = empty(types[i]);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) return List.class.equals(type) ? List.of() : null;
        if (type == boolean.class) return false;
        if (type == char.class) return '\0';
        if (type == long.class) return 0L;
        if (type == double.class) return 0d;
        if (type == float.class) return 0f;
        if (type == short.class) return (short) 0;
        if (type == byte.class) return (byte) 0;
        return 0;
    }
}
