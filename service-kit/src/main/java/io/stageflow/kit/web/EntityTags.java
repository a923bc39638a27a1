package io.stageflow.kit.web;

import io.stageflow.kit.domain.InvalidCommand;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;

/**
 * An aggregate's version as an RFC 9110 strong entity tag, and {@code If-Match} read back into the
 * version a command expects. Versions are event sequence numbers, so a tag is never reused.
 */
public final class EntityTags {
    // Quoted as sent in ETag, or bare as people type it; 18 digits always fit a long.
    private static final Pattern VERSION = Pattern.compile("\"(\\d{1,18})\"|(\\d{1,18})");

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The answer to a successful change: no body, the new version as ETag. */
    public static ResponseEntity<Void> changed(long version) {
        return ResponseEntity.noContent().eTag(of(version)).build();
    }

    /** The version {@code If-Match} names, or null (no check) when the header is absent or {@code *}. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher version = VERSION.matcher(ifMatch.strip());
        if (!version.matches()) {
            throw new InvalidCommand(
                    "If-Match",
                    "If-Match must be * or one version as sent in ETag, such as \"3\", but was '" + ifMatch + "'");
        }
        return Long.valueOf(version.group(1) != null ? version.group(1) : version.group(2));
    }
}
