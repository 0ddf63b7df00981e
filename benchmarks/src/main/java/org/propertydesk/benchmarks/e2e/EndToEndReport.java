package org.propertydesk.benchmarks.e2e;

import java.util.Locale;
import org.propertydesk.benchmarks.figures.Compilation;
import org.propertydesk.benchmarks.figures.Ratios;

/** The end-to-end run in Markdown: what was measured, the figures, the ratio against its target. */
public final class EndToEndReport {

    private EndToEndReport() {}

    /** The report of a run on its own ({@code EndToEnd}'s main), with its machine. */
    static String standalone(EndToEnd.Result result) {
        return "# PropertyDesk benchmarks — end to end on PostgreSQL\n\n"
                + (result.settings().smoke() ? "**Smoke run: the figures below mean nothing.**\n\n" : "")
                + String.format(Locale.ROOT, "Run of %s, %d s, load average (1 min) %.2f before, %.2f after; %s; %s.%n%n",
                        result.started(), result.duration().toSeconds(), result.loadBefore(), result.loadAfter(),
                        result.postgres(), result.pgbench())
                + section(result, "##");
    }

    /** The measured section, its headings at {@code level} ("##" or "###"). */
    public static String section(EndToEnd.Result result, String level) {
        EndToEnd.Settings s = result.settings();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT,
                "%d clients on each side. A warm-up: pgbench's for %s; PropertyDesk's in rounds of %s, repeated until the JIT "
                        + "compiler spent less than %s of a round compiling, for at most %s (here %s). Then `analyze` of the "
                        + "tables the warm-up filled (as autovacuum keeps a database in use), then %s measured; PropertyDesk first, "
                        + "pgbench after. "
                        + "Throughput is registrations (pgbench: transactions) completed per second of the measured window, "
                        + "pgbench's `tps` without its initial connection time; p50/p99 are nearest-rank percentiles of "
                        + "every measured registration's latency (pgbench: of its per-transaction log, `-l`).%n%n",
                s.clients(), s.warmUpSeconds() + " s", s.warmUpSeconds() + " s", Compilation.percent(Compilation.SETTLED),
                s.warmupLimitSeconds() + " s", result.deskWarmup() == null ? "not recorded" : result.deskWarmup().describe(),
                s.measureSeconds() + " s"));
        md.append("| side | clients | registrations | per second | p50 | p99 | JVM CPU per registration |\n|---|---:|---:|---:|---:|---:|---:|\n");
        md.append(row("*pgbench, the same rows*", s.clients(), result.baseline()));
        md.append(row("**RegisterComplaint through gRPC → use case → JDBC**", s.clients(), result.propertyDesk()));
        md.append('\n');
        md.append(String.format(Locale.ROOT, "Ratio PropertyDesk / pgbench: **%s** (target ≥ %.1f×: %s). "
                        + "At the end of PropertyDesk's run an office held %.0f complaints on average (what each "
                        + "registration's read of the office's month, R-CO-8, returned at most). JVM CPU per registration is "
                        + "the CPU time of the JVM that runs the client, the server, the use case and JDBC (with its JIT "
                        + "compiler and garbage collector) over the measured registrations; PostgreSQL's own CPU is not in it, "
                        + "and pgbench's client is not a JVM.%n%n",
                Ratios.against(result.ratio(), EndToEnd.TARGET), EndToEnd.TARGET, result.passes() ? "**PASS**" : "**FAIL**", result.complaintsPerOffice()));
        md.append(level).append(" What is measured\n\n");
        md.append(String.format(Locale.ROOT,
                "- **PropertyDesk.** One JVM runs a `PropertyDeskServer` on 127.0.0.1 (Netty, plaintext, bearer-token "
                        + "authentication, failure translation) serving `ComplaintService` on `ComplaintDeskService` through "
                        + "`RequestsService` (idempotency), wired on `PropertyDeskJdbc.on(pool).migrate()` (complaint stores, "
                        + "directory, calendar, outbox, transactions, request ids) as `EmbeddedDesk` wires it, on a HikariCP pool of "
                        + "%d connections in a fresh schema `pd_e2e_desk_…` of the PostgreSQL above, and a closed-loop client: "
                        + "%d threads, each with one blocking `RegisterComplaint` in flight on one plaintext channel, each office's "
                        + "assistant's bearer token, a 10 s deadline. Registrations go round robin over %d offices; each is a "
                        + "lift that stops (equipment repair, no fault, a request for help) at a new place for a new complainant "
                        + "with a new `request_id`, so none is a repeat (R-CO-5) or part of a recurring problem (R-CO-8).%n",
                2 * s.clients(), s.clients(), s.offices()));
        md.append(String.format(Locale.ROOT,
                "- **pgbench.** `pgbench -n -M prepared -c %d -j %d -T %d -f registration.sql` (after a `-T %d` warm-up) "
                        + "in a second fresh schema `pd_e2e_pgbench_…` migrated the same way, with %d offices' outbox heads. The "
                        + "script inserts in one transaction the rows one registration writes: the `pd_complaint` row, its one "
                        + "`pd_complaint_event` row, the `pd_outbox` row with the event's JSON at the office's next position under "
                        + "a lock of `pd_outbox_head` (the JDBC benchmark's hand-written rows), and the `pd_request` row with the "
                        + "answer (%d bytes, the average the PropertyDesk run recorded, operation `%s`); prepared statements, "
                        + "like JDBC's. It does none of the use case's reads (actor, superior, policy, calendar, the complainant's "
                        + "earlier complaints, the office's month, the request id) — that difference is what the ratio prices, "
                        + "together with gRPC and the mapping.%n%n",
                s.clients(), s.clients(), s.measureSeconds(), s.warmUpSeconds(), s.offices(), result.answerBytes(),
                result.operation()));
        md.append("<details><summary>The pgbench script</summary>\n\n```sql\n").append(result.script().replaceAll("'\\\\x[0-9a-f]+'", "'\\\\x…'")).append("```\n\n</details>\n\n");
        md.append("Both sides share the machine's cores with PostgreSQL (and, on a shared machine, with other work: see the "
                + "load average); they run one after the other, so a burst of load during one of them moves the ratio.\n");
        return md.toString();
    }

    private static String row(String name, int clients, EndToEnd.Side side) {
        return String.format(Locale.ROOT, "| %s | %d | %,d | %,.0f | %s | %s | %s |%n", name, clients, side.transactions(), side.perSecond(),
                micros(side.p50Micros()), micros(side.p99Micros()), side.jvmCpuMicros() < 0 ? "—" : micros(side.jvmCpuMicros()));
    }

    static String micros(double micros) {
        return micros >= 1000 ? String.format(Locale.ROOT, "%.2f ms", micros / 1000) : String.format(Locale.ROOT, "%.0f µs", micros);
    }
}
