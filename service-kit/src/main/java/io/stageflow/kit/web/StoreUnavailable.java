package io.stageflow.kit.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure is the database being out of reach rather than a fault of ours: no server to
 * select, a connection cut. Axon wraps it (an event store append fails with an EventStoreException),
 * so the whole cause chain counts.
 */
final class StoreUnavailable {
    /** How long a client should wait before retrying: the driver notices a returning server within seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    private StoreUnavailable() {}

    static boolean causes(Throwable failure) {
        return unreachable(failure) != null;
    }

    static String describe(Throwable failure) {
        Throwable cause = unreachable(failure);
        return cause == null ? String.valueOf(failure) : cause.toString();
    }

    private static Throwable unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException
                    || cause instanceof DataAccessResourceFailureException) {
                return cause;
            }
        }
        return null;
    }
}
