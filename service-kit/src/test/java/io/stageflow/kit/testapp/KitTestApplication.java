package io.stageflow.kit.testapp;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.Caller;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The smallest service built on the kit, to test the kit as services use it. */
@SpringBootApplication
public class KitTestApplication {

    @RestController
    static class EchoController {
        @GetMapping("/api/echo")
        String tenant(TenantId tenant, @RequestParam(defaultValue = "ok") String word) {
            if (word.isBlank()) {
                throw new IllegalArgumentException("word must not be blank");
            }
            return tenant.value() + ":" + word;
        }

        /** Who the token says the caller is, for an endpoint only managers may call. */
        @GetMapping("/api/whoami")
        @PreAuthorize("hasRole('manager')")
        String whoAmI(Caller caller) {
            return caller.tenant().value() + "/" + caller.user() + " " + caller.roles() + " " + caller.teams();
        }
    }
}
