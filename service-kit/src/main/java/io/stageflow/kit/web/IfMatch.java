package io.stageflow.kit.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The version a request's {@code If-Match} names, as a controller parameter: {@code version} is null
 * when the header is absent or {@code *}, and a malformed header is a 400 before the command is sent.
 */
public record IfMatch(Long version) {

    /** Resolves {@link IfMatch} parameters from the request header. */
    public static final class Resolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(IfMatch.class);
        }

        @Override
        public IfMatch resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer mavContainer,
                NativeWebRequest webRequest,
                WebDataBinderFactory binderFactory) {
            return new IfMatch(EntityTags.expectedVersion(webRequest.getHeader(HttpHeaders.IF_MATCH)));
        }
    }
}
