package io.stageflow.platform.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small client of the public API, used the way any user would use it: HTTP, JSON, a bearer token. */
public final class StageflowClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final String token;

    private StageflowClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A client without a token, to see what an unauthenticated caller gets. */
    public static StageflowClient anonymous(String baseUrl) {
        return new StageflowClient(baseUrl, null);
    }

    /** Signs in through the gateway's local-only token endpoint. */
    public static StageflowClient signIn(String gatewayUrl, String tenant, String user, List<String> roles) {
        return signIn(gatewayUrl, tenant, user, roles, List.of());
    }

    /** A local-profile dev token for {@code user} with these roles, member or manager of {@code teams}. */
    public static StageflowClient signIn(
            String gatewayUrl, String tenant, String user, List<String> roles, List<String> teams) {
        Response response = anonymous(gatewayUrl)
                .send("POST", "/dev/token", Map.of("tenant", tenant, "user", user, "roles", roles, "teams", teams));
        return new StageflowClient(
                gatewayUrl, response.requireSuccess().get("access_token").asText());
    }

    public String token() {
        return token;
    }

    /** The same caller, with the same token, talking to another gateway. */
    public StageflowClient via(String otherBaseUrl) {
        return new StageflowClient(otherBaseUrl, token);
    }

    public JsonNode post(String path, Object body) {
        return send("POST", path, body).requireSuccess();
    }

    public JsonNode get(String path) {
        return send("GET", path, null).requireSuccess();
    }

    public Response send(String method, String path, Object body) {
        return send(method, path, body, Map.of());
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(method + " " + path, response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response as received; {@link #requireSuccess()} turns anything but 2xx into an error that says why. */
    public record Response(String request, int status, String body, HttpHeaders headers) {
        public JsonNode requireSuccess() {
            if (status < 200 || status > 299) {
                throw new IllegalStateException(request + " answered " + status + ": " + body);
            }
            return json();
        }

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(request + " answered non-JSON: " + body, e);
            }
        }
    }
}
