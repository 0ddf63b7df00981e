package org.propertydesk.benchmarks.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load driver's smoke mode, in-process: it must reach every target over real loopback gRPC and
 * stop by itself within seconds, so CI stays fast. No timing is asserted: these figures mean nothing.
 */
class GrpcLoadDriverTest {

    @Test
    @DisplayName("the smoke run calls the bare echo, RegisterComplaint and GetComplaint successfully and reports each")
    void smokeRunReachesEveryTarget(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("GRPC.md");
        GrpcLoadDriver.Settings settings = GrpcLoadDriver.Settings.of("--smoke", "--no-write", "--out", out.toString());

        GrpcLoadDriver.Run run = GrpcLoadDriver.run(settings);

        assertThat(run.results()).containsOnlyKeys(GrpcLoadDriver.ECHO, GrpcLoadDriver.REGISTER, GrpcLoadDriver.GET);
        assertThat(run.results().values()).allSatisfy(result -> {
            assertThat(result.calls()).isPositive();
            assertThat(result.callsPerSecond()).isPositive();
            assertThat(result.p99()).isGreaterThanOrEqualTo(result.p50()).isPositive();
            // A call costs the JVM some CPU, and less than all its cores for the whole phase.
            assertThat(result.cpuPerCall()).isPositive()
                    .isLessThan(Runtime.getRuntime().availableProcessors() * 1e9 / result.callsPerSecond() * 1.5);
        });
        assertThat(run.echoRequestBytes()).isBetween(run.requestBytes() - 1, run.requestBytes());
        assertThat(run.echoAnswerBytes()).isBetween(run.answerBytes() - 1, run.answerBytes());
        assertThat(run.largestStore()).isPositive();
        assertThat(GrpcLoadDriver.report(run))
                .contains("SMOKE RUN", "| **RegisterComplaint** |", "| GetComplaint p99 (µs) |", GrpcLoadDriver.COMMAND,
                        "CPU per call (µs)", "round by round");
        assertThat(run.results().values()).allSatisfy(result -> assertThat(result.roundRates()).hasSize(settings.rounds()));
        // the smoke run's warm-up is one round whatever the compiler does; the report says how it went
        assertThat(run.warmup().rounds()).isEqualTo(1);
        assertThat(GrpcLoadDriver.report(run)).contains("warm-up rounds", "1 round in", "of their wall time compiling");
    }

    @Test
    @DisplayName("a warm-up ends settled only when its last round compiled less than the settled share; an unknown share is not settled")
    void settledWarmup() {
        assertThat(new GrpcLoadDriver.Warmup(3, Duration.ofSeconds(27), 0.049, 0.01).settled()).isTrue();
        assertThat(new GrpcLoadDriver.Warmup(7, Duration.ofSeconds(63), 0.05, 0.02).settled()).isFalse();
        assertThat(new GrpcLoadDriver.Warmup(7, Duration.ofSeconds(63), Double.NaN, Double.NaN).settled()).isFalse();
        assertThat(GrpcLoadDriver.SETTLED_COMPILATION).isEqualTo(0.05);
    }

    @Test
    @DisplayName("with --no-write the driver writes no report file")
    void noWriteWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("GRPC.md");

        GrpcLoadDriver.main(new String[] {"--smoke", "--no-write", "--out", out.toString()});

        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    @DisplayName("the echo payload serializes to the size asked for, or one byte less where a length prefix grows")
    void echoPayloadSize() {
        for (int bytes : new int[] {3, 129, 130, 131, 400, 16_387, 20_000}) {
            assertThat(EchoServer.ofSerializedSize(bytes).getSerializedSize()).isBetween(bytes - 1, bytes);
        }
        assertThat(EchoServer.ofSerializedSize(400).getSerializedSize()).isEqualTo(400);
    }

    @Test
    @DisplayName("percentiles are nearest-rank over the sorted latencies")
    void percentiles() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(GrpcLoadDriver.Result.percentile(sorted, 50)).isEqualTo(50);
        assertThat(GrpcLoadDriver.Result.percentile(sorted, 99)).isEqualTo(99);
        assertThat(GrpcLoadDriver.Result.percentile(new long[] {7}, 99)).isEqualTo(7);
    }
}
