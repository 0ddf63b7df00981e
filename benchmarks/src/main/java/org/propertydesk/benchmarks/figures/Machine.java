package org.propertydesk.benchmarks.figures;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every report says about the machine it ran on. */
public final class Machine {

    private Machine() {}

    /** The CPU's model name from {@code /proc/cpuinfo}, or "unknown". */
    public static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * CPU time this JVM has used so far, all its threads together (client, servers, JIT compiler and
     * garbage collector), in nanoseconds; -1 where the JVM cannot tell.
     */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    /**
     * Time the JIT compiler has spent compiling so far, its threads together, in milliseconds; -1
     * where the JVM cannot tell.
     */
    public static long compilationMillis() {
        java.lang.management.CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : -1;
    }

    /** The system's load average over the last minute. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
