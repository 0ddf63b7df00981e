package org.propertydesk.examples.reliability;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.stub.AbstractStub;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.propertydesk.examples.Bearer;
import org.propertydesk.examples.DemoOffice;
import org.propertydesk.examples.ReferenceServer;
import picocli.CommandLine;

/**
 * The reference server with its demo office, started as its command line would start it, on a
 * database URL of the test's choosing, and a plaintext channel to it. Several may run one after
 * the other (or side by side) on the same database, as replicas and restarts do.
 */
final class ReferenceDesk implements AutoCloseable {

    static final String OFFICE = "offices/" + ReferenceServer.DEMO_OFFICE;

    private final ReferenceServer.Running running;
    private final ManagedChannel channel;

    private ReferenceDesk(ReferenceServer.Running running) {
        this.running = running;
        this.channel = Grpc.newChannelBuilderForAddress("127.0.0.1", running.port(), InsecureChannelCredentials.create()).build();
    }

    /** Starts a server on {@code databaseUrl}; a call waits at most {@code databaseWaitMillis} for a connection. */
    static ReferenceDesk start(String databaseUrl, long databaseWaitMillis) {
        ReferenceServer options = new ReferenceServer();
        new CommandLine(options).parseArgs("--demo", "--port", "0", "--db", databaseUrl, "--db-wait", Long.toString(databaseWaitMillis));
        return new ReferenceDesk(options.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    /** {@code stub} on this server's channel, calling as the demo person {@code who} (e.g. "assistant"). */
    <S extends AbstractStub<S>> S as(String who, java.util.function.Function<ManagedChannel, S> stub) {
        return Bearer.token(stub.apply(channel), running.demoTokens().get(who).get());
    }

    DemoOffice office() {
        return running.demoOffice().get();
    }

    ReferenceServer.Running running() {
        return running;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } finally {
            running.close();
        }
    }
}
