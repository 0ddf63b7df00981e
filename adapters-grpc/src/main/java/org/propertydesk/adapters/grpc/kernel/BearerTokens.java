package org.propertydesk.adapters.grpc.kernel;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * Verifies the bearer token of a call and says who it stands for. The embedder plugs in its own
 * identity provider (JWT, opaque tokens, mTLS mapping); {@link #fixed} serves examples and tests.
 */
@FunctionalInterface
public interface BearerTokens {

    /** The caller the token stands for, or empty when it is unknown, expired or malformed. */
    Option<Caller> verify(String token);

    /** A fixed table of tokens, compared in constant time. */
    static BearerTokens fixed(java.util.Map<String, Caller> tokens) {
        Map<String, Caller> table = HashMap.ofAll(tokens);
        return token -> table.find(entry -> java.security.MessageDigest.isEqual(
                        entry._1.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        token.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .map(entry -> entry._2);
    }
}
