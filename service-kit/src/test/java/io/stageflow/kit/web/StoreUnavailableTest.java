package io.stageflow.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class StoreUnavailableTest {
    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aCommandWhoseAppendFoundNoDatabaseIsA503WithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new EventStoreException(
                "An event for aggregate [lead-1] at sequence [3] could not be persisted",
                new MongoTimeoutException("Timed out while waiting for a server")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).contains("retry it");
    }

    @Test
    void aConnectionCutMidRequestIsA503Too() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new IllegalStateException(
                "query failed",
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress())));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anyOtherFailureStaysA500ThatSaysNothingOfItsCause() {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new NullPointerException("secret detail"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("secret");
    }
}
