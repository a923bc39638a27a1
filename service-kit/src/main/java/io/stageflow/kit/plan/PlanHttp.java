package io.stageflow.kit.plan;

import io.stageflow.kit.web.EntityTags;
import java.net.URI;
import org.springframework.http.ResponseEntity;

/** What the quota and spend endpoints answer alike. */
public final class PlanHttp {
    private PlanHttp() {}

    /** 201 with its {@code Location} when the PUT created the figure, else 200; the new version as ETag. */
    public static <T> ResponseEntity<T> set(PlanOutcome outcome, URI location, T body) {
        ResponseEntity.BodyBuilder response =
                outcome.created() ? ResponseEntity.created(location) : ResponseEntity.ok();
        return response.eTag(EntityTags.of(outcome.version())).body(body);
    }

    /** 200 with the figure's version as ETag (a matching {@code If-None-Match} makes it a 304). */
    public static <T> ResponseEntity<T> read(long version, T body) {
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(body);
    }
}
