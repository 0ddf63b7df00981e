package org.propertydesk.adapters.grpc.kernel;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.application.kernel.StoreUnavailable;

/**
 * Turns what a use case throws into a status a client can act on, and never lets a stack trace or
 * an exception message of the server's reach the caller: {@link NotFound} is NOT_FOUND (with
 * ResourceInfo), {@link ConcurrencyConflict} is ABORTED (re-read and retry), {@link StoreUnavailable}
 * is UNAVAILABLE with a RetryInfo (send the same request again, with the same request_id), a status
 * a service raised passes unchanged, and anything else — a fault of the server, never of the caller's input
 * — is INTERNAL with a fixed message, logged here with its stack trace.
 */
public final class FailureTranslation implements ServerInterceptor {

    private static final Logger LOG = Logger.getLogger(FailureTranslation.class.getName());

    /** What a caller is told when the database is down or its connection broke. */
    static final String DATABASE_UNAVAILABLE = "the database is unavailable; retry with the same request_id";

    /** How long a caller is asked to wait before retrying after UNAVAILABLE. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        ServerCall.Listener<Q> delegate;
        try {
            delegate = next.startCall(call, headers);
        } catch (RuntimeException failure) {
            close(call, failure);
            return new ServerCall.Listener<>() {};
        }
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
            @Override
            public void onMessage(Q message) {
                guard(call, () -> super.onMessage(message));
            }

            @Override
            public void onHalfClose() {
                guard(call, super::onHalfClose);
            }

            @Override
            public void onReady() {
                guard(call, super::onReady);
            }
        };
    }

    private static void guard(ServerCall<?, ?> call, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failure) {
            close(call, failure);
        }
    }

    private static void close(ServerCall<?, ?> call, RuntimeException failure) {
        StatusRuntimeException status = translate(call.getMethodDescriptor().getFullMethodName(), failure);
        Metadata trailers = status.getTrailers() == null ? new Metadata() : status.getTrailers();
        call.close(status.getStatus(), trailers);
    }

    static StatusRuntimeException translate(String method, RuntimeException failure) {
        if (failure instanceof StatusRuntimeException) {
            return (StatusRuntimeException) failure;
        }
        if (failure instanceof NotFound) {
            NotFound notFound = (NotFound) failure;
            return GrpcErrors.notFound(notFound.resourceType(), notFound.resource());
        }
        if (failure instanceof ConcurrencyConflict) {
            return Status.ABORTED
                    .withDescription(failure.getMessage() + "; read it again and retry")
                    .asRuntimeException();
        }
        if (failure instanceof StoreUnavailable) {
            LOG.log(Level.WARNING, method + ": " + failure.getMessage() + ": " + failure.getCause());
            return GrpcErrors.unavailable(DATABASE_UNAVAILABLE, RETRY_AFTER);
        }
        LOG.log(Level.SEVERE, "internal failure in " + method, failure);
        return Status.INTERNAL.withDescription("internal error").asRuntimeException();
    }
}
