package io.stageflow.opportunity.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stageflow.localinfra.LocalOidcProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The opportunity API over real HTTP, as an executive of one tenant with a token of the provider. */
final class OpportunityHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String token;

    OpportunityHttp(int port, LocalOidcProvider idp, String tenant) {
        this.baseUrl = "http://127.0.0.1:" + port + "/api/opportunities";
        this.token = idp.sign(idp.validClaims(tenant, "exec-1").claim("roles", List.of("executive")));
    }

    record Answer(int status, String etag, JsonNode body) {
        long version() {
            return Long.parseLong(etag.replace("\"", ""));
        }
    }

    /** Opens an opportunity on the default pipeline and answers its id. */
    String open() {
        Answer opened = send(
                "",
                """
                {"amount":1000,"currency":"EUR","ownerId":"rep-0","teamId":"north","source":"web",
                 "industry":"retail","region":"EMEA"}""",
                null);
        if (opened.status() != 201) {
            throw new IllegalStateException("open answered " + opened);
        }
        return opened.body().path("opportunityId").asText();
    }

    Answer post(String opportunityId, String action, String body, Long ifMatch) {
        return send("/" + opportunityId + "/" + action, body, ifMatch == null ? null : "\"" + ifMatch + "\"");
    }

    Answer get(String opportunityId) {
        return exchange(request("/" + opportunityId).GET().build());
    }

    private Answer send(String path, String body, String ifMatch) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return exchange(request.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token);
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Answer(
                    response.statusCode(), response.headers().firstValue("ETag").orElse(null), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
