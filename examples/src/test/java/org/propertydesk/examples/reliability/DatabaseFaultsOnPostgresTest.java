package org.propertydesk.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc;
import org.propertydesk.adapters.grpc.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintResponse;
import org.propertydesk.examples.ReferenceServer;
import org.propertydesk.testkit.kernel.Figures;

/**
 * AIP-155 against the database failing under the server, over gRPC on PostgreSQL: a backend
 * connection terminated in the middle of use cases, the server stopped and a new one started on
 * the same database between a command and its retry, and the database itself stopped for a few
 * seconds. A caller is told UNAVAILABLE (retry with the same request_id) or gets its answer —
 * never INTERNAL or UNKNOWN; nothing is half written; and retrying with the same request_id
 * carries every request out exactly once, answering a retry with what the first attempt committed.
 */
@Tag("reliability")
@DisplayName("Database faults on PostgreSQL: UNAVAILABLE, no partial writes, exactly one effect per request_id")
class DatabaseFaultsOnPostgresTest {

    private static final String DEMO_OFFICE = ReferenceServer.DEMO_OFFICE.value().toString();

    private static final Map<String, Long> FIGURES = Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /** Answers a caller cannot act on (INTERNAL, UNKNOWN, …), over every scenario; must stay 0. */
    private static final AtomicLong OTHER_ANSWERS = new AtomicLong();

    /** A registration sent until it is answered, with every status it met. */
    private record Sent(RegisterComplaintRequest request, RegisterComplaintResponse answer, List<Status.Code> codes) {}

    @Test
    @DisplayName("AIP-155: backends terminated with pg_terminate_backend while registrations run — UNAVAILABLE or OK, and each retried request_id has one effect")
    void backendsTerminatedMidUseCase() throws Exception {
        int clients = 6;
        int requests = Figures.FULL ? 1_000 : 80;
        int killRounds = Figures.FULL ? 400 : 40;
        try (ScratchSchema schema = ScratchSchema.create("pd_faults");
                ReferenceDesk desk = ReferenceDesk.start(schema.serverUrl(), 5_000)) {
            ComplaintServiceBlockingStub assistant = desk.as("assistant", ComplaintServiceGrpc::newBlockingStub);
            long eventsPerRegistration = eventsPerRegistration(schema::rows, assistant);

            // A bounded number of rounds, so every request is carried out in the end however slow
            // the machine: killing without end could cut every attempt of a slow one.
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong terminated = new AtomicLong();
            AtomicLong rounds = new AtomicLong();
            Thread killer = new Thread(() -> {
                while (running.get() && rounds.get() < killRounds) {
                    terminated.addAndGet(schema.terminateServerBackends());
                    rounds.incrementAndGet();
                    sleep(150);
                }
            }, "pg_terminate_backend");
            killer.start();
            List<Sent> sent;
            try {
                sent = sendAll(assistant, "a", requests, clients, () -> {});
            } finally {
                running.set(false);
                killer.join();
            }

            long duplicates = verifyExactlyOnce(schema::rows, sent, eventsPerRegistration);
            long unavailable = count(sent, Status.Code.UNAVAILABLE);
            assertThat(terminated.get()).as("backends terminated under the use cases").isPositive();
            FIGURES.put("pg_terminate_backend: rounds of terminating every server backend (one each 150 ms)", rounds.get());
            FIGURES.put("pg_terminate_backend: backends terminated under running use cases", terminated.get());
            FIGURES.put("pg_terminate_backend: registrations (each retried with its request_id until answered)", (long) sent.size());
            FIGURES.put("pg_terminate_backend: UNAVAILABLE answers, each retried", unavailable);
            FIGURES.put("pg_terminate_backend: requests with more or fewer than one effect", duplicates);
        }
    }

    @Test
    @DisplayName("AIP-155: the server stopped under running registrations and a new one started on the same database — the retry answers with what was committed, once")
    void serverRestartedBetweenCommandAndRetry() throws Exception {
        int requests = Figures.FULL ? 200 : 40;
        try (ScratchSchema schema = ScratchSchema.create("pd_faults")) {
            List<RegisterComplaintRequest> batch = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                batch.add(registration("b", i));
            }
            Map<String, RegisterComplaintResponse> first = new ConcurrentHashMap<>();
            Map<Status.Code, AtomicInteger> firstCodes = new ConcurrentHashMap<>();
            long eventsPerRegistration;
            ReferenceDesk before = ReferenceDesk.start(schema.serverUrl(), 5_000);
            try {
                ComplaintServiceBlockingStub assistant = before.as("assistant", ComplaintServiceGrpc::newBlockingStub);
                eventsPerRegistration = eventsPerRegistration(schema::rows, assistant);
                // The first request is answered for sure; the others are in flight when the server goes.
                first.put(batch.get(0).getRequestId(), assistant.withDeadlineAfter(30, TimeUnit.SECONDS).registerComplaint(batch.get(0)));
                ExecutorService clients = Executors.newFixedThreadPool(8);
                try {
                    for (RegisterComplaintRequest request : batch.subList(1, batch.size())) {
                        clients.submit(() -> {
                            try {
                                first.put(request.getRequestId(), assistant.withDeadlineAfter(30, TimeUnit.SECONDS).registerComplaint(request));
                                firstCodes.computeIfAbsent(Status.Code.OK, code -> new AtomicInteger()).incrementAndGet();
                            } catch (StatusRuntimeException e) {
                                firstCodes.computeIfAbsent(e.getStatus().getCode(), code -> new AtomicInteger()).incrementAndGet();
                            }
                        });
                    }
                    sleep(150);
                    // Crash-like: the server cuts the calls in flight at once, then its pool goes
                    // from under the use cases still running; some committed, some did not.
                    before.running().server().stop(0);
                    before.running().dataSource().close();
                } finally {
                    clients.shutdown();
                    clients.awaitTermination(60, TimeUnit.SECONDS);
                }
            } finally {
                before.close();
            }
            firstCodes.forEach((code, times) -> {
                if (code != Status.Code.OK && code != Status.Code.UNAVAILABLE && code != Status.Code.CANCELLED) {
                    OTHER_ANSWERS.addAndGet(times.get());
                }
            });
            assertThat(firstCodes.keySet()).as("what callers of the stopped server were told")
                    .isSubsetOf(Status.Code.OK, Status.Code.UNAVAILABLE, Status.Code.CANCELLED);

            List<Sent> sent;
            try (ReferenceDesk after = ReferenceDesk.start(schema.serverUrl(), 5_000)) {
                ComplaintServiceBlockingStub assistant = after.as("assistant", ComplaintServiceGrpc::newBlockingStub);
                sent = new ArrayList<>();
                for (RegisterComplaintRequest request : batch) {
                    sent.add(untilAnswered(assistant, request));
                }
            }
            for (Sent retry : sent) {
                RegisterComplaintResponse original = first.get(retry.request().getRequestId());
                if (original != null) {
                    assertThat(retry.answer()).as("the retry's answer against the first server's").isEqualTo(original);
                }
            }
            long duplicates = verifyExactlyOnce(schema::rows, sent, eventsPerRegistration);
            FIGURES.put("server restart: registrations in flight when the server was stopped", (long) requests);
            FIGURES.put("server restart: answered OK by the first server, same answer from the new one", (long) first.size());
            FIGURES.put("server restart: cut by the stopping server (UNAVAILABLE or CANCELLED), carried out once on retry",
                    (long) requests - first.size());
            FIGURES.put("server restart: requests with more or fewer than one effect", duplicates);
        }
    }

    @Test
    @DisplayName("AIP-155: the database stopped for a few seconds under running registrations — UNAVAILABLE while it is down, then each request_id has one effect")
    void databaseBrieflyStopped() throws Exception {
        int clients = 4;
        int requests = Figures.FULL ? 400 : 80;
        try (ScratchCluster cluster = ScratchCluster.start();
                ReferenceDesk desk = ReferenceDesk.start(cluster.url(), 1_000)) {
            ComplaintServiceBlockingStub assistant = desk.as("assistant", ComplaintServiceGrpc::newBlockingStub);
            Rows rows = (sql, parameters) -> ScratchSchema.rowsAt(cluster.url(), sql, parameters);
            long eventsPerRegistration = eventsPerRegistration(rows, assistant);

            ExecutorService outage = Executors.newSingleThreadExecutor();
            CountDownLatch stopped = new CountDownLatch(1);
            Future<Long> down;
            List<Sent> sent;
            try {
                down = outage.submit(() -> {
                    sleep(500);
                    long start = System.nanoTime();
                    cluster.stopServer();
                    stopped.countDown();
                    try {
                        sleep(3_000);
                    } finally {
                        cluster.startServer();
                    }
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                });
                // half before the stop, half once the database is down: on a fast machine the
                // registrations would otherwise all be done before the outage began
                sent = sendAll(assistant, "c", requests, clients, () -> await(stopped));
                down.get(120, TimeUnit.SECONDS);
            } finally {
                outage.shutdown();
                outage.awaitTermination(120, TimeUnit.SECONDS);
            }

            long duplicates = verifyExactlyOnce(rows, sent, eventsPerRegistration);
            long unavailable = count(sent, Status.Code.UNAVAILABLE);
            assertThat(unavailable).as("UNAVAILABLE answers while the database was down").isPositive();
            FIGURES.put("database stopped: outages (fast shutdown, ~3 s down, started again)", 1L);
            FIGURES.put("database stopped: milliseconds from stop to accepting connections again", down.get());
            FIGURES.put("database stopped: registrations (each retried with its request_id until answered)", (long) sent.size());
            FIGURES.put("database stopped: UNAVAILABLE answers, each retried", unavailable);
            FIGURES.put("database stopped: requests with more or fewer than one effect", duplicates);
        }
    }

    @AfterAll
    static void writeFigures() {
        Figures figures = Figures.section("faults", "Database faults on PostgreSQL");
        synchronized (FIGURES) {
            FIGURES.forEach(figures::figure);
        }
        figures.figure("answers other than OK and UNAVAILABLE (INTERNAL, UNKNOWN, …)", OTHER_ANSWERS.get()).write();
    }

    // ---- clients -------------------------------------------------------------------------------

    /**
     * {@code requests} registrations from {@code clients} threads, each sent until answered; the
     * second half is handed to the threads only after {@code halfway} returns.
     */
    private static List<Sent> sendAll(ComplaintServiceBlockingStub stub, String run, int requests, int clients, Runnable halfway)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Sent>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                if (i == requests / 2) {
                    halfway.run();
                }
                RegisterComplaintRequest request = registration(run, i);
                futures.add(pool.submit(() -> untilAnswered(stub, request)));
            }
            List<Sent> sent = new ArrayList<>();
            for (Future<Sent> future : futures) {
                sent.add(future.get(5, TimeUnit.MINUTES));
            }
            return sent;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the database was not stopped within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Sends {@code request} until it is answered, retrying UNAVAILABLE with the same request_id.
     * Anything but OK and UNAVAILABLE fails the test: it is not something a caller can act on.
     */
    private static Sent untilAnswered(ComplaintServiceBlockingStub stub, RegisterComplaintRequest request) {
        List<Status.Code> codes = new ArrayList<>();
        for (int attempt = 0; attempt < 200; attempt++) {
            try {
                RegisterComplaintResponse answer = stub.withDeadlineAfter(30, TimeUnit.SECONDS).registerComplaint(request);
                codes.add(Status.Code.OK);
                return new Sent(request, answer, codes);
            } catch (StatusRuntimeException e) {
                codes.add(e.getStatus().getCode());
                if (e.getStatus().getCode() != Status.Code.UNAVAILABLE) {
                    OTHER_ANSWERS.incrementAndGet();
                }
                assertThat(e.getStatus().getCode())
                        .as("answer to %s: %s", request.getRequestId(), e.getStatus())
                        .isEqualTo(Status.Code.UNAVAILABLE);
                sleep(100);
            }
        }
        throw new AssertionError(request.getRequestId() + " still unanswered after " + codes);
    }

    private static RegisterComplaintRequest registration(String run, int number) {
        return RegisterComplaintRequest.newBuilder()
                .setParent("offices/" + DEMO_OFFICE)
                .setRequestId(UUID.randomUUID().toString())
                .setComplaint(Complaint.newBuilder().setComplainant(complainant(run, number)).setIntake(ComplaintIntake.newBuilder()
                        .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_CLEANING).setLocation(run + "栋" + number + "号电梯厅")
                        .setCause(ComplaintCause.COMPLAINT_CAUSE_COMPANY_FAILURE).setAsk(ComplaintAsk.COMPLAINT_ASK_BE_HEARD)
                        .setAccount("电梯厅垃圾没人清")))
                .build();
    }

    private static String complainant(String run, int number) {
        return "fault-" + run + "-" + number;
    }

    // ---- verification --------------------------------------------------------------------------

    /** The rows a query answers on the database under test (the scratch schema, or the scratch cluster). */
    @FunctionalInterface
    private interface Rows {
        List<List<Object>> of(String sql, Object... parameters);
    }

    /** Registers one complaint with nothing failing and counts the outbox events it wrote. */
    private static long eventsPerRegistration(Rows rows, ComplaintServiceBlockingStub stub) {
        RegisterComplaintResponse answer = stub.withDeadlineAfter(30, TimeUnit.SECONDS).registerComplaint(registration("baseline", 0));
        long events = mentioning(payloads(rows), idOf(answer));
        assertThat(events).isPositive();
        return events;
    }

    /**
     * Every request was carried out once: one complaint per complainant, the one the answer names,
     * one recorded answer per request_id, and all of the registration's outbox events — no more,
     * no fewer. Answers how many requests broke this (the assertions fail first).
     */
    private static long verifyExactlyOnce(Rows rows, List<Sent> sent, long eventsPerRegistration) {
        Map<String, Long> complaints = counts(rows.of("select complainant, count(*) from pd_complaint where office_id = ? group by complainant",
                DEMO_OFFICE));
        Map<String, Long> answers = counts(rows.of("select request_id, count(*) from pd_request where office_id = ? group by request_id",
                DEMO_OFFICE));
        List<String> payloads = payloads(rows);
        long broken = 0;
        for (Sent one : sent) {
            String complainant = one.request().getComplaint().getComplainant();
            long registered = complaints.getOrDefault(complainant, 0L);
            long recorded = answers.getOrDefault(one.request().getRequestId(), 0L);
            long events = mentioning(payloads, idOf(one.answer()));
            if (registered != 1 || recorded != 1 || events != eventsPerRegistration) {
                broken++;
            }
            assertThat(registered).as("complaints registered for %s (answers %s)", complainant, one.codes()).isEqualTo(1);
            assertThat(recorded).as("recorded answers for request %s", one.request().getRequestId()).isEqualTo(1);
            assertThat(events).as("outbox events of %s", one.answer().getComplaint().getName()).isEqualTo(eventsPerRegistration);
            assertThat(one.answer().getComplaint().getComplainant()).isEqualTo(complainant);
        }
        return broken;
    }

    private static Map<String, Long> counts(List<List<Object>> rows) {
        Map<String, Long> counts = new java.util.HashMap<>();
        rows.forEach(row -> counts.put(String.valueOf(row.get(0)).trim(), ((Number) row.get(1)).longValue()));
        return counts;
    }

    private static List<String> payloads(Rows rows) {
        return rows.of("select payload from pd_outbox where office_id = ?", DEMO_OFFICE).stream().map(row -> String.valueOf(row.get(0))).toList();
    }

    private static long mentioning(List<String> payloads, String id) {
        return payloads.stream().filter(payload -> payload.contains(id)).count();
    }

    private static String idOf(RegisterComplaintResponse answer) {
        return answer.getComplaint().getName().substring(answer.getComplaint().getName().lastIndexOf('/') + 1);
    }

    private static long count(List<Sent> sent, Status.Code code) {
        return sent.stream().mapToLong(one -> one.codes().stream().filter(code::equals).count()).sum();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
