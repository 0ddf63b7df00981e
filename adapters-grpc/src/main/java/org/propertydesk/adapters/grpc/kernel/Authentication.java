package org.propertydesk.adapters.grpc.kernel;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Lets a call through only with {@code authorization: Bearer <token>} metadata that
 * {@link BearerTokens} accepts, and makes the {@link Caller} available to the service. A missing,
 * malformed or unknown token is UNAUTHENTICATED; the answer never says which, the server's log
 * does (such a call has no office and no actor, so no office's audit trail records it). Health checks and
 * server reflection stay open so that load balancers and tools can probe the server.
 */
public final class Authentication implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private static final Set<String> OPEN_SERVICES = HashSet.of(
            "grpc.health.v1.Health",
            "grpc.reflection.v1.ServerReflection",
            "grpc.reflection.v1alpha.ServerReflection");

    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

    private final BearerTokens tokens;

    public Authentication(BearerTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        Option<Caller> caller = Option.of(headers.get(AUTHORIZATION)).flatMap(Authentication::bearer).flatMap(tokens::verify);
        if (caller.isEmpty()) {
            // No office and no actor: no office's audit trail (R-CF-9) can hold this refusal, so it is logged.
            LOG.info(() -> "UNAUTHENTICATED call to " + call.getMethodDescriptor().getFullMethodName()
                    + (headers.containsKey(AUTHORIZATION) ? " with a token that was not accepted" : " without a token"));
            call.close(Status.UNAUTHENTICATED.withDescription("a valid 'authorization: Bearer <token>' header is required"),
                    new Metadata());
            return new ServerCall.Listener<>() {};
        }
        return Contexts.interceptCall(Context.current().withValue(Caller.KEY, caller.get()), call, headers, next);
    }

    private static Option<String> bearer(String header) {
        String trimmed = header.strip();
        if (trimmed.length() <= 7 || !trimmed.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Option.none();
        }
        String token = trimmed.substring(7).strip();
        return token.isEmpty() ? Option.none() : Option.some(token);
    }
}
