package org.propertydesk.adapters.grpc;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.TlsServerCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.propertydesk.adapters.grpc.kernel.Authentication;
import org.propertydesk.adapters.grpc.kernel.BearerTokens;
import org.propertydesk.adapters.grpc.kernel.FailureTranslation;

/**
 * The desk's gRPC server: PropertyDesk's services behind bearer-token authentication and failure
 * translation, plus health checking ({@code grpc.health.v1}) and server reflection, which stay
 * open. Plaintext binds to loopback only; any other address needs TLS.
 *
 * <pre>{@code
 * PropertyDeskServer server = PropertyDeskServer.builder()
 *         .port(50051)
 *         .tokens(BearerTokens.fixed(Map.of("s3cret", caller)))
 *         .service(complaintService)
 *         .start();
 * }</pre>
 */
public final class PropertyDeskServer implements AutoCloseable {

    private final Server server;
    private final HealthStatusManager health;

    private PropertyDeskServer(Server server, HealthStatusManager health) {
        this.server = server;
        this.health = health;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The port the server listens on (useful after binding port 0). */
    public int port() {
        return server.getPort();
    }

    /** Stops taking calls, lets running ones finish for up to {@code graceSeconds}, then cuts them. */
    public void stop(long graceSeconds) throws InterruptedException {
        health.enterTerminalState();
        server.shutdown();
        if (!server.awaitTermination(graceSeconds, TimeUnit.SECONDS)) {
            server.shutdownNow().awaitTermination(graceSeconds, TimeUnit.SECONDS);
        }
    }

    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    @Override
    public void close() throws InterruptedException {
        stop(5);
    }

    public static final class Builder {
        private String host = InetAddress.getLoopbackAddress().getHostAddress();
        private int port;
        private BearerTokens tokens;
        private File certificateChain;
        private File privateKey;
        private File clientCertificateAuthority;
        private final List<ServerServiceDefinition> services = new ArrayList<>();
        private int maxInboundMessageSize = 4 * 1024 * 1024;
        private Executor executor;

        private Builder() {}

        /** Address to bind; loopback by default. Anything but loopback requires {@link #tls}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Port to bind; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder tokens(BearerTokens tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /** Serve over TLS with a PEM certificate chain and PKCS#8 private key. */
        public Builder tls(File certificateChain, File privateKey) {
            this.certificateChain = Objects.requireNonNull(certificateChain, "certificateChain");
            this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
            return this;
        }

        /**
         * Requires every client to present a certificate signed by one of the PEM certificates in
         * {@code trustedAuthorities} (mutual TLS). Needs {@link #tls}.
         */
        public Builder requireClientCertificates(File trustedAuthorities) {
            this.clientCertificateAuthority = Objects.requireNonNull(trustedAuthorities, "trustedAuthorities");
            return this;
        }

        /** Hosts PropertyDesk's services (see {@link PropertyDeskServices}). */
        public Builder services(PropertyDeskServices services) {
            // Already behind failure translation: hosted as they are.
            services.definitions().forEach(this.services::add);
            return this;
        }

        /** The largest request message the server accepts; 4 MiB by default. */
        public Builder maxInboundMessageSize(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("a maximum message size below 1 KiB leaves no room for a request: " + bytes);
            }
            this.maxInboundMessageSize = bytes;
            return this;
        }

        /**
         * The executor that runs the services' handlers, for example a fixed pool sized to the
         * machine or to the database connections the handlers wait on. By default grpc-java's own:
         * a cached pool that starts a thread for every call running at once. The server never shuts
         * this executor down; whoever made it does, after {@link #stop}.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        public Builder service(BindableService service) {
            return service(service.bindService());
        }

        /** Hosts a service of the embedder's own, behind the same failure translation as PropertyDesk's. */
        public Builder service(ServerServiceDefinition service) {
            services.add(FailureTranslation.around(Objects.requireNonNull(service, "service")));
            return this;
        }

        public PropertyDeskServer start() {
            if (tokens == null) {
                throw new IllegalStateException("a server needs BearerTokens to authenticate callers");
            }
            InetSocketAddress address = new InetSocketAddress(host, port);
            if (certificateChain == null && !address.getAddress().isLoopbackAddress()) {
                throw new IllegalStateException("plaintext binds to loopback only; configure TLS to listen on " + host);
            }
            ServerCredentials credentials = credentials();
            HealthStatusManager health = new HealthStatusManager();
            NettyServerBuilder builder = NettyServerBuilder.forAddress(address, credentials)
                    .maxInboundMessageSize(maxInboundMessageSize)
                    .addService(health.getHealthService())
                    .addService(ProtoReflectionServiceV1.newInstance());
            if (executor != null) {
                builder.executor(executor);
            }
            Authentication authentication = new Authentication(tokens);
            for (ServerServiceDefinition service : services) {
                // Every service already translates its failures; authentication runs in front of that.
                builder.addService(ServerInterceptors.intercept(service, authentication));
            }
            try {
                Server server = builder.build().start();
                for (ServerServiceDefinition service : services) {
                    health.setStatus(service.getServiceDescriptor().getName(), ServingStatus.SERVING);
                }
                health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
                return new PropertyDeskServer(server, health);
            } catch (IOException e) {
                throw new UncheckedIOException("could not bind " + address, e);
            }
        }

        private ServerCredentials credentials() {
            if (certificateChain == null) {
                if (clientCertificateAuthority != null) {
                    throw new IllegalStateException("client certificates need TLS: configure tls(certificateChain, privateKey)");
                }
                return InsecureServerCredentials.create();
            }
            try {
                TlsServerCredentials.Builder tls = TlsServerCredentials.newBuilder().keyManager(certificateChain, privateKey);
                if (clientCertificateAuthority != null) {
                    tls.trustManager(clientCertificateAuthority).clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
                }
                return tls.build();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the TLS certificate or key", e);
            }
        }
    }
}
