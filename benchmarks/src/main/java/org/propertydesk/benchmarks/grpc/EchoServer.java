package org.propertydesk.benchmarks.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import io.grpc.InsecureServerCredentials;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: a bare grpc-java unary service on a Netty server on loopback, plaintext, without
 * interceptors, that answers every request with a fixed payload. Request and answer are sized to
 * PropertyDesk's own messages, so both targets move the same bytes.
 */
final class EchoServer implements AutoCloseable {

    static final MethodDescriptor<BytesValue, BytesValue> ECHO = MethodDescriptor.<BytesValue, BytesValue>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(MethodDescriptor.generateFullMethodName("bench.Echo", "Echo"))
            .setRequestMarshaller(ProtoUtils.marshaller(BytesValue.getDefaultInstance()))
            .setResponseMarshaller(ProtoUtils.marshaller(BytesValue.getDefaultInstance()))
            .build();

    private final Server server;

    private EchoServer(Server server) {
        this.server = server;
    }

    /** Serves on a free loopback port, answering every call with {@code answer}. */
    static EchoServer start(BytesValue answer) {
        ServerServiceDefinition service = ServerServiceDefinition.builder("bench.Echo")
                .addMethod(ECHO, ServerCalls.asyncUnaryCall((request, observer) -> {
                    observer.onNext(answer);
                    observer.onCompleted();
                }))
                .build();
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            return new EchoServer(NettyServerBuilder.forAddress(address, InsecureServerCredentials.create())
                    .addService(service).build().start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind the echo server", e);
        }
    }

    /**
     * The largest {@code BytesValue} whose serialized size is at most {@code bytes}: exactly
     * {@code bytes}, or one byte less where the payload's length prefix grows by a byte (128, 16384).
     */
    static BytesValue ofSerializedSize(int bytes) {
        for (int payload = bytes; payload >= 0; payload--) {
            BytesValue value = BytesValue.of(ByteString.copyFrom(new byte[payload]));
            if (value.getSerializedSize() <= bytes) {
                return value;
            }
        }
        throw new IllegalArgumentException("no BytesValue serializes to " + bytes + " bytes");
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
