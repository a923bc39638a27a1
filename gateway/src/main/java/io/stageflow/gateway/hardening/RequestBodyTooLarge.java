package io.stageflow.gateway.hardening;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body over the limit; its problem body names the limit, nothing else. */
public class RequestBodyTooLarge extends ResponseStatusException {

    RequestBodyTooLarge(long maxBytes) {
        super(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + maxBytes + " bytes this gateway accepts.");
        getBody().setDetail(getReason());
    }
}
