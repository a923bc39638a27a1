package io.stageflow.kit.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A 403 whose message tells the caller which rule refused them, e.g. that a rep cannot make another
 * user the owner. Never used for a record the caller cannot see: that answers 404, like a missing one.
 */
public class AccessRefused extends AccessDeniedException {
    public AccessRefused(String message) {
        super(message);
    }
}
