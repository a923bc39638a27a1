package io.stageflow.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code RelativeServers} route filter: replaces the {@code servers} of an OpenAPI document with
 * the relative {@code /}. A service names the address it saw the request on (its own port), so
 * the UI's "Try it out" would bypass the gateway; relative, it calls the origin the UI came from.
 * A body that is not a JSON object passes unchanged.
 */
@Component
class RelativeServersGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final ModifyResponseBodyGatewayFilterFactory modifyResponseBody;
    private final ObjectMapper json;

    RelativeServersGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modifyResponseBody, ObjectMapper json) {
        super(Object.class);
        this.modifyResponseBody = modifyResponseBody;
        this.json = json;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return modifyResponseBody.apply(new ModifyResponseBodyGatewayFilterFactory.Config()
                .setRewriteFunction(byte[].class, byte[].class, (exchange, body) -> Mono.justOrEmpty(body)
                        .map(this::withRelativeServers)));
    }

    private byte[] withRelativeServers(byte[] document) {
        try {
            JsonNode tree = json.readTree(document);
            if (!(tree instanceof ObjectNode openApi)) {
                return document;
            }
            openApi.putArray("servers").addObject().put("url", "/");
            return json.writeValueAsBytes(openApi);
        } catch (IOException notJson) {
            return document;
        }
    }
}
