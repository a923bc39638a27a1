package io.stageflow.kit.testapp;

import io.stageflow.events.ids.TenantId;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A command endpoint that counts how often it really ran, so tests can see a retry did not. */
@RestController
public class ThingController {
    public static final AtomicInteger CREATED = new AtomicInteger();
    public static volatile CountDownLatch slowGate = new CountDownLatch(0);
    public static volatile CountDownLatch slowEntered = new CountDownLatch(0);

    public record CreateThing(String name) {}

    @PostMapping("/api/things")
    ResponseEntity<Map<String, Object>> create(TenantId tenant, @RequestBody CreateThing command)
            throws InterruptedException {
        if (command.name() == null || command.name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (command.name().equals("slow")) {
            slowEntered.countDown();
            slowGate.await(10, TimeUnit.SECONDS);
        }
        int id = CREATED.incrementAndGet();
        return ResponseEntity.created(URI.create("/api/things/" + id))
                .eTag("\"0\"")
                .body(Map.of("id", id, "tenant", tenant.value(), "name", command.name()));
    }
}
