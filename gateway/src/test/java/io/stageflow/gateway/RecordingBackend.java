package io.stageflow.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP service on a free port that reads the request, answers 200 and remembers what reached it. */
final class RecordingBackend {

    record Received(String method, String path, Map<String, List<String>> headers, int bodyBytes) {

        /** Header names lower-cased, because the JDK server re-capitalises them. */
        List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    static final String BODY = "{\"answeredBy\":\"backend\"}";

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private RecordingBackend(HttpServer server) {
        this.server = server;
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            // Read before answering, as a service does: a body cut off on the way fails here.
            int bodyBytes = exchange.getRequestBody().readAllBytes().length;
            received.add(new Received(
                    exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, bodyBytes));
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            // A cacheable answer, to show the gateway overrides it.
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    static RecordingBackend start() {
        try {
            return new RecordingBackend(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on: taken from the OS, then released. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void clear() {
        received.clear();
    }
}
