package io.stageflow.metrics.deadletter;

import io.stageflow.kit.security.Access;
import io.stageflow.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tenant's parked KPI events, for its admins: list, retry after a fix, evict. docs/reliability.md */
@Tag(name = "dead letters", description = "Events the KPI projection parked, for admins of the tenant")
@RestController
@RequestMapping("/api/admin/dead-letters")
@PreAuthorize(Access.ADMIN)
class DeadLetterController {
    private final ParkedEvents parked;

    DeadLetterController(ParkedEvents parked) {
        this.parked = parked;
    }

    @Operation(summary = "Aggregates with parked events, each with its events in order and why the first was parked")
    @GetMapping
    List<ParkedAggregate> list(Caller caller) {
        return parked.of(caller.tenant().value());
    }

    @Operation(summary = "One aggregate's parked events")
    @GetMapping("/{aggregateId}")
    ParkedAggregate get(Caller caller, @PathVariable String aggregateId) {
        return parked.of(caller.tenant().value(), aggregateId).orElseThrow(() -> noneParked(aggregateId));
    }

    @Operation(summary = "Retry every parked aggregate once, each in order; what fails again stays parked")
    @PostMapping("/retry")
    RetryOutcome retryAll(Caller caller) {
        return parked.retryAll(caller.tenant().value());
    }

    @Operation(summary = "Retry one aggregate's parked events, in order")
    @PostMapping("/{aggregateId}/retry")
    RetryOutcome retry(Caller caller, @PathVariable String aggregateId) {
        return parked.retry(caller.tenant().value(), aggregateId).orElseThrow(() -> noneParked(aggregateId));
    }

    @Operation(summary = "Drop one aggregate's parked events for good: they will never count")
    @DeleteMapping("/{aggregateId}")
    Map<String, Integer> evict(Caller caller, @PathVariable String aggregateId) {
        return Map.of(
                "evicted",
                parked.evict(caller.tenant().value(), aggregateId).orElseThrow(() -> noneParked(aggregateId)));
    }

    private static ErrorResponseException noneParked(String aggregateId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No parked events of aggregate " + aggregateId + " in your tenant.");
        problem.setTitle("Not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
