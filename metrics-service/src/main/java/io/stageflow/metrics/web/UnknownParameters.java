package io.stageflow.metrics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a parameter a metrics endpoint does not take: a misspelt filter ({@code sourse=web}) would
 * otherwise answer for the whole tenant, which looks right and is not. The endpoint's parameters
 * are its {@link SliceParameters} and its own named {@code @RequestParam}s.
 */
@Component
class UnknownParameters implements HandlerInterceptor {
    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Set<String> known = known(method);
            for (String name : request.getParameterMap().keySet()) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException(
                            "unknown parameter '" + name + "'; " + request.getRequestURI() + " takes " + known);
                }
            }
        }
        return true;
    }

    private static Set<String> known(HandlerMethod method) {
        Set<String> known = new LinkedHashSet<>();
        SliceParameters slice = method.getMethodAnnotation(SliceParameters.class);
        if (slice != null) {
            known.addAll(SliceParameters.Names.of(slice));
        }
        Arrays.stream(method.getMethodParameters())
                .map(p -> p.getParameterAnnotation(RequestParam.class) == null ? null : nameOf(p))
                .filter(name -> name != null && !name.isEmpty())
                .forEach(known::add);
        return known;
    }

    private static String nameOf(MethodParameter parameter) {
        if (Map.class.isAssignableFrom(parameter.getParameterType())) {
            return null;
        }
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
        if (name.isEmpty()) {
            // As Spring MVC binds it: by the parameter's own name, which -parameters compiles in.
            parameter.initParameterNameDiscovery(NAMES);
            name = parameter.getParameterName();
        }
        return name;
    }
}
