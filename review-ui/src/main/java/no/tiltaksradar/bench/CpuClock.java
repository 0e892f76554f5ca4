package no.tiltaksradar.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time of this JVM and of the child processes it has waited for. On a shared machine the
 * wall clock measures the neighbours as much as the code, and hits a many-threaded JVM and a
 * one-thread tool unequally; CPU seconds do not depend on the load. Children's time comes from
 * {@code /proc/self/stat} (Linux), so elsewhere it is unknown.
 */
final class CpuClock {
    /** /proc reports times in USER_HZ, which Linux fixes at 100 per second for user space. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final int CUTIME = 13;
    private static final int CSTIME = 14;

    /** CPU time of every thread of this JVM: JIT and garbage collection are part of the cost. */
    long ownNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /** User and system time of finished child processes, or empty where /proc is not there. */
    OptionalLong childrenNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // the command name may hold spaces
            return OptionalLong.of((Long.parseLong(fields[CUTIME]) + Long.parseLong(fields[CSTIME])) * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
