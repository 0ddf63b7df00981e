package org.propertydesk.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.propertydesk.adapters.grpc.v1.DutyLogEntryKind;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc;
import org.propertydesk.adapters.grpc.v1.HandoverServiceGrpc.HandoverServiceBlockingStub;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterRequest;
import org.propertydesk.adapters.grpc.v1.LogDutyMatterResponse;
import org.propertydesk.application.kernel.Clock;
import org.propertydesk.application.kernel.Identities;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.LogEntry;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.examples.DemoOffice;
import org.propertydesk.examples.EmbeddedDesk;
import org.propertydesk.examples.ReferenceServer;
import org.propertydesk.testkit.kernel.Figures;
import picocli.CommandLine;

/**
 * Beyond one database server (issue 12): two reference servers write through different nodes of a
 * three-node MariaDB Galera cluster — server A through node 1, server B through node 2 — into the
 * same duty logs at once, and the logs are read back from node 3.
 *
 * <p>A duty log is one aggregate with a version; logging a matter (R-HO-1) reads it and writes
 * the next version. Two servers doing that at once collide either in PropertyDesk's version check
 * or, across nodes, in Galera's certification at commit; both must reach the caller as ABORTED
 * (re-read and retry), never INTERNAL, and no acknowledged matter may go missing. Each matter
 * makes exactly one version, so a log equals the serial replay of its acknowledged matters when the
 * matter acknowledged at version {@code v} is its {@code v}-th entry.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Two servers on a three-node Galera cluster")
class GaleraClusterTest {

    @RegisterExtension
    static final GaleraCluster CLUSTER = new GaleraCluster();

    private static final int THREADS_PER_SERVER = 3;
    private static final int CALLS_PER_THREAD = Figures.FULL ? 200 : 30;
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final DemoOffice office = DemoOffice.of(ReferenceServer.DEMO_OFFICE);
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private ReferenceServer.Running serverA;
    private ReferenceServer.Running serverB;
    private ManagedChannel channelA;
    private ManagedChannel channelB;
    private int nodesKilled;
    private long acknowledgedLost;
    /** Set just before a node is killed: a call answered after it may have met the dead node. */
    private final AtomicBoolean nodeDown = new AtomicBoolean(false);
    private long startMillis = System.currentTimeMillis();

    /** One LogDutyMatter call and how it was answered; {@code version} is the log's after an OK. */
    private record Outcome(String server, PostId post, String cause, Status.Code code, String entry, long version, boolean afterKill) {}

    @BeforeAll
    void startServers() {
        // One after the other: the first migrates the schema and seeds the demo office through
        // node 1; the second finds both done (seeding is idempotent) through node 2.
        serverA = start(CLUSTER.url(1));
        serverB = start(CLUSTER.url(2));
        channelA = Grpc.newChannelBuilderForAddress("127.0.0.1", serverA.port(), InsecureChannelCredentials.create()).build();
        channelB = Grpc.newChannelBuilderForAddress("127.0.0.1", serverB.port(), InsecureChannelCredentials.create()).build();
    }

    @AfterAll
    void stopServers() throws InterruptedException {
        for (ManagedChannel channel : new ManagedChannel[] {channelA, channelB}) {
            if (channel != null) {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        for (ReferenceServer.Running server : new ReferenceServer.Running[] {serverA, serverB}) {
            if (server != null) {
                server.close();
            }
        }
        writeFigures();
    }

    @Test
    @Order(1)
    @DisplayName("R-HO-1 under contention across nodes: every answer is OK or ABORTED, and each log read on node 3 is the serial replay of its acknowledged matters")
    void contention() throws Exception {
        List<PostId> posts = List.of(office.lobby(), office.frontDesk());
        run(posts, CALLS_PER_THREAD, null);

        List<Outcome> phase = List.copyOf(outcomes);
        assertThat(phase).extracting(Outcome::code).containsOnly(Status.Code.OK, Status.Code.ABORTED);
        assertThat(phase).filteredOn(outcome -> outcome.code() == Status.Code.OK).extracting(Outcome::server)
                .as("both servers got writes through").contains("A", "B");
        for (PostId post : posts) {
            assertSerialReplay(post, phase, false);
        }
    }

    @Test
    @Order(2)
    @DisplayName("R-HO-1 with server A's node killed mid-run: A fails cleanly, B keeps serving, and no acknowledged matter is lost")
    void nodeKilled() throws Exception {
        PostId post = office.dutyManagerPost();
        int before = outcomes.size();
        CountDownLatch someWritten = new CountDownLatch(10);
        run(List.of(post), CALLS_PER_THREAD, () -> {
            try {
                someWritten.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            nodeDown.set(true);
            CLUSTER.kill(1);
            nodesKilled++;
        }, someWritten);

        List<Outcome> phase = List.copyOf(outcomes.subList(before, outcomes.size()));
        List<Outcome> ofA = phase.stream().filter(outcome -> outcome.server().equals("A")).toList();
        List<Outcome> ofB = phase.stream().filter(outcome -> outcome.server().equals("B")).toList();
        assertThat(ofB).extracting(Outcome::code).as("server B, whose node lives").containsOnly(Status.Code.OK, Status.Code.ABORTED);
        assertThat(ofB).filteredOn(outcome -> outcome.afterKill() && outcome.code() == Status.Code.OK)
                .as("server B acknowledges writes after node 1 died").isNotEmpty();
        assertThat(ofA).filteredOn(outcome -> !outcome.afterKill()).extracting(Outcome::code)
                .containsOnly(Status.Code.OK, Status.Code.ABORTED);
        assertThat(ofA).filteredOn(Outcome::afterKill).extracting(Outcome::code)
                .as("server A, whose node died: a clean failure, never INTERNAL or UNKNOWN")
                .doesNotContain(Status.Code.UNKNOWN)
                .isSubsetOf(CLEAN_FAILURES_OF_A_LOST_NODE);
        assertSerialReplay(post, phase, true);
    }

    /**
     * What a caller of a server whose database node died may see: UNAVAILABLE (the lost connection,
     * as StoreUnavailable), ABORTED (a certification conflict at the last moment), OK (committed
     * before the node went), or DEADLINE_EXCEEDED when the server waits for a connection longer
     * than the caller does. Never INTERNAL or UNKNOWN.
     */
    private static final Set<Status.Code> CLEAN_FAILURES_OF_A_LOST_NODE = Set.of(Status.Code.OK, Status.Code.UNAVAILABLE,
            Status.Code.ABORTED, Status.Code.DEADLINE_EXCEEDED);

    /**
     * The log of {@code post} read on node 3: the matter acknowledged at version v is its v-th
     * entry, no ABORTED matter is in it, and — unless calls had unknown outcomes — nothing else is.
     */
    private void assertSerialReplay(PostId post, List<Outcome> phase, boolean unknownOutcomesAllowed) {
        DutyLog log = readOnNode3(post);
        List<LogEntry> entries = log.entries().toJavaList();
        List<Outcome> ofPost = outcomes.stream().filter(outcome -> outcome.post().equals(post)).toList();
        List<Outcome> acknowledged = ofPost.stream().filter(outcome -> outcome.code() == Status.Code.OK)
                .sorted((a, b) -> Long.compare(a.version(), b.version())).toList();

        assertThat(acknowledged).extracting(Outcome::version).as("one version per acknowledged matter").doesNotHaveDuplicates();
        List<Outcome> lost = acknowledged.stream().filter(ack -> ack.version() < 1 || ack.version() > entries.size()
                || !ack.entry().endsWith("/entries/" + entries.get((int) ack.version() - 1).id().value())
                || !entries.get((int) ack.version() - 1).cause().equals(ack.cause())).toList();
        acknowledgedLost += lost.size();
        assertThat(lost).as("acknowledged matters not found on node 3 at the version they were acknowledged with").isEmpty();
        Set<String> logged = entries.stream().map(LogEntry::cause).collect(Collectors.toSet());
        assertThat(ofPost).filteredOn(outcome -> outcome.code() == Status.Code.ABORTED).extracting(Outcome::cause)
                .as("a matter answered ABORTED left nothing behind").doesNotContainAnyElementsOf(logged);
        if (!unknownOutcomesAllowed) {
            assertThat(entries).hasSize(acknowledged.size());
            assertThat(log.version()).isEqualTo(acknowledged.size());
        } else {
            Set<String> unknown = ofPost.stream().filter(outcome -> outcome.code() != Status.Code.OK && outcome.code() != Status.Code.ABORTED)
                    .map(Outcome::cause).collect(Collectors.toSet());
            Set<String> known = ofPost.stream().filter(outcome -> outcome.code() == Status.Code.OK).map(Outcome::cause).collect(Collectors.toSet());
            assertThat(logged).as("every logged matter was acknowledged, or its call failed without an answer")
                    .allMatch(cause -> known.contains(cause) || unknown.contains(cause));
        }
    }

    private void run(List<PostId> posts, int callsPerThread, Runnable fault, CountDownLatch... progress) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_SERVER + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS_PER_SERVER; t++) {
                work.add(threads.submit(writer("A", t, channelA, serverA, posts, callsPerThread, progress)));
                work.add(threads.submit(writer("B", t, channelB, serverB, posts, callsPerThread, progress)));
            }
            if (fault != null) {
                threads.submit(fault).get(2, TimeUnit.MINUTES);
            }
            for (Future<?> writer : work) {
                writer.get(3, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Runnable writer(String server, int thread, ManagedChannel channel, ReferenceServer.Running running, List<PostId> posts,
            int calls, CountDownLatch... progress) {
        String who = server.equals("A") ? "guard-1" : "guard-2";
        HandoverServiceBlockingStub stub = HandoverServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(running.demoTokens().get(who).get())));
        // B's commits stall while the cluster evicts the dead node (a few seconds): B's callers
        // wait that out. A's callers give up sooner: A's pool waits up to 30 s for a connection
        // to a node that is gone.
        int deadlineSeconds = server.equals("A") ? 5 : 30;
        return () -> {
            int failuresAfterKill = 0;
            for (int call = 0; call < calls; call++) {
                PostId post = posts.get((call + thread) % posts.size());
                String cause = server + thread + "-" + call + "-" + UUID.randomUUID().toString().substring(0, 8);
                LogDutyMatterRequest request = LogDutyMatterRequest.newBuilder()
                        .setParent("offices/" + office.office().value() + "/posts/" + post.value() + "/dutyLog")
                        .setKind(DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_ROUTINE)
                        .setCause(cause).setCourse("巡查大堂").setResult("正常")
                        .setRequestId(UUID.randomUUID().toString())
                        .build();
                try {
                    LogDutyMatterResponse response = stub.withDeadlineAfter(deadlineSeconds, TimeUnit.SECONDS).logDutyMatter(request);
                    long version = Long.parseLong(response.getDutyLog().getEtag().substring(1));
                    outcomes.add(new Outcome(server, post, cause, Status.Code.OK, response.getEntry(), version, nodeDown.get()));
                    for (CountDownLatch latch : progress) {
                        latch.countDown();
                    }
                } catch (StatusRuntimeException e) {
                    outcomes.add(new Outcome(server, post, cause, e.getStatus().getCode(), null, 0, nodeDown.get()));
                    if (nodeDown.get() && server.equals("A") && e.getStatus().getCode() != Status.Code.ABORTED && ++failuresAfterKill >= 3) {
                        return; // its node is gone; three clean failures in a row say enough
                    }
                }
            }
        };
    }

    private static Metadata bearer(String token) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        return headers;
    }

    private static ReferenceServer.Running start(String url) {
        ReferenceServer options = new ReferenceServer();
        new CommandLine(options).parseArgs("--demo", "--port", "0", "--db", url, "--db-user", "root");
        return options.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** The log as node 3 has it, read after node 3 has applied everything the cluster committed. */
    private DutyLog readOnNode3(PostId post) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(CLUSTER.url(3) + "?sessionVariables=wsrep_sync_wait=1");
        config.setUsername("root");
        config.setMaximumPoolSize(2);
        try (HikariDataSource node3 = new HikariDataSource(config)) {
            EmbeddedDesk desk = EmbeddedDesk.on(node3, Clock.system(), Identities.random());
            return desk.handover().dutyLog(office.office(), office.guards().get(0), post)
                    .getOrElseThrow(rejections -> new AssertionError("reading the duty log was refused: " + rejections))
                    .getOrElseThrow(() -> new AssertionError("no duty log of post " + post + " on node 3"));
        }
    }

    private void writeFigures() {
        List<Outcome> all = List.copyOf(outcomes);
        Map<Status.Code, Long> byCode = new EnumMap<>(Status.Code.class);
        all.forEach(outcome -> byCode.merge(outcome.code(), 1L, Long::sum));
        Map<Status.Code, Long> ofAAfterKill = new EnumMap<>(Status.Code.class);
        all.stream().filter(outcome -> outcome.server().equals("A") && outcome.afterKill())
                .forEach(outcome -> ofAAfterKill.merge(outcome.code(), 1L, Long::sum));
        Figures.section("galera", "Three-node Galera cluster")
                .figure("servers (each through its own node)", 2)
                .figure("updates sent", all.size())
                .figure("acknowledged", byCode.getOrDefault(Status.Code.OK, 0L))
                .figure("certification/version conflicts (ABORTED)", byCode.getOrDefault(Status.Code.ABORTED, 0L))
                .figure("INTERNAL or UNKNOWN from the server whose node lived", all.stream()
                        .filter(outcome -> outcome.server().equals("B"))
                        .filter(outcome -> outcome.code() == Status.Code.INTERNAL || outcome.code() == Status.Code.UNKNOWN).count())
                .figure("acknowledged writes lost", acknowledgedLost)
                .figure("nodes killed", nodesKilled)
                .figure("acknowledged by server B after the kill", all.stream()
                        .filter(outcome -> outcome.server().equals("B") && outcome.afterKill() && outcome.code() == Status.Code.OK).count())
                .figure("server A's answers after its node died", ofAAfterKill.toString())
                .figure("run time, cluster start included", (System.currentTimeMillis() - startMillis) / 1000 + " s")
                .write();
    }
}
