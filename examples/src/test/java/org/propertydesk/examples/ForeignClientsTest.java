package org.propertydesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Teams on other stacks see PropertyDesk only through its gRPC API: the Node and Python clients
 * in {@code examples/clients} register a complaint against the reference server, read it back,
 * and decode the rich details of an INVALID_ARGUMENT and a FAILED_PRECONDITION. Runs when Node and
 * Debian's gRPC for Python are installed; under CI=true their absence fails the build.
 */
@DisplayName("The Node and Python clients call the live reference server")
class ForeignClientsTest {

    private static final Path CLIENTS = Path.of("clients").toAbsolutePath();
    private static ReferenceServer.Running server;

    @BeforeAll
    static void start() {
        ReferenceServer options = new ReferenceServer();
        new CommandLine(options).parseArgs("--demo", "--port", "0",
                "--db", "jdbc:h2:mem:clients-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        server = options.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    private static List<String> clientArguments() {
        return List.of("--target", "127.0.0.1:" + server.port(), "--token", server.demoTokens().get("assistant").get(),
                "--office", "offices/" + ReferenceServer.DEMO_OFFICE);
    }

    @Test
    @DisplayName("Node (@grpc/grpc-js): register, read back, INVALID_ARGUMENT and FAILED_PRECONDITION with their details")
    void node() throws Exception {
        Path node = CLIENTS.resolve("node");
        requireTool("node", "--version");
        if (!Files.isDirectory(node.resolve("node_modules"))) {
            requireTool("npm", "--version");
            Result install = run(node, Map.of(), List.of("npm", "install", "--no-audit", "--no-fund"));
            assertThat(install.exit()).as(install.output()).isZero();
        }
        List<String> command = new java.util.ArrayList<>(List.of("node", "client.js"));
        command.addAll(clientArguments());

        Result result = run(node, Map.of(), command);

        assertThat(result.exit()).as(result.output()).isZero();
        assertCalls(result.output());
        assertThat(result.output()).contains("node client: all calls answered as expected");
    }

    @Test
    @DisplayName("Python (Debian's python3-grpcio): register, read back, INVALID_ARGUMENT and FAILED_PRECONDITION with their details")
    void python() throws Exception {
        Path python = CLIENTS.resolve("python");
        requireTool("/usr/bin/python3", "-c", "import grpc, google.protobuf");
        requireTool("protoc", "--version");
        requireTool("test", "-x", "/usr/bin/grpc_python_plugin");
        Path generated = Path.of("target", "python-client").toAbsolutePath();
        Result generate = run(python, Map.of(), List.of("bash", "generate.sh", generated.toString()));
        assertThat(generate.exit()).as(generate.output()).isZero();
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/python3", "client.py"));
        command.addAll(clientArguments());

        Result result = run(python, Map.of("PYTHONPATH", generated.toString()), command);

        assertThat(result.exit()).as(result.output()).isZero();
        assertCalls(result.output());
        assertThat(result.output()).contains("python client: all calls answered as expected");
    }

    private static void assertCalls(String output) {
        assertThat(output)
                .contains("registered offices/" + ReferenceServer.DEMO_OFFICE + "/complaints/")
                .contains("read back offices/" + ReferenceServer.DEMO_OFFICE + "/complaints/")
                .contains("INVALID_ARGUMENT")
                .contains("google.rpc.BadRequest")
                .contains("complaint.intake.subject")
                .contains("FAILED_PRECONDITION")
                .contains("google.rpc.ErrorInfo")
                .contains("propertydesk.org")
                .contains("google.rpc.PreconditionFailure");
    }

    private record Result(int exit, String output) {}

    private static Result run(Path directory, Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Skips the test when a tool is missing, except under CI, where the clients must run. */
    private static void requireTool(String... probe) {
        boolean present;
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            present = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present) {
            String message = String.join(" ", probe) + " is not available";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message + "; CI runs the foreign-language clients (see .ci/run)");
            }
            Assumptions.abort(message);
        }
    }

    static {
        // Maven runs tests in the module directory; the clients live under examples/clients.
        if (!new File("clients").isDirectory()) {
            throw new IllegalStateException("run from the examples module directory");
        }
    }
}
