package dev.keepalivelint.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * One measured phase: wall time, files handled and heap.
 *
 * <p>Heap peak is the sum of the heap pools' peak usage ({@link MemoryPoolMXBean}), reset after a
 * {@code System.gc()} at the start of the phase. The pools peak at different moments, so the sum is an upper
 * bound, and with a generational collector it mostly shows how far the young generation was allowed to grow.
 * "After GC" is the largest heap occupancy right after a collection during the phase: it follows the data the
 * phase keeps alive, which is what must not grow with the tree; it is unknown when no collection ran.
 */
final class Phase {
    /** The measured work; returns how many files it handled. */
    interface Work {
        int run() throws Exception;
    }

    static final String HEADER = String.format(Locale.ROOT, "  %-40s %8s %8s %8s %10s %13s %12s", "phase", "wall s",
        "cpu s", "files", "files/s", "heap peak MB", "after GC MB");

    final String name;
    final double seconds;
    /** CPU time of the whole process (every thread, the JIT and GC included) during the phase. */
    final double cpuSeconds;
    final int files;
    final long peakBytes;
    /** -1 when no collection ran during the phase. */
    final long afterGcBytes;

    private Phase(String name, double seconds, double cpuSeconds, int files, long peakBytes, long afterGcBytes) {
        this.name = name;
        this.seconds = seconds;
        this.cpuSeconds = cpuSeconds;
        this.files = files;
        this.peakBytes = peakBytes;
        this.afterGcBytes = afterGcBytes;
    }

    static Phase measure(String name, Work work) throws Exception {
        HeapMeter heap = new HeapMeter();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        int files = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        long peak = heap.peak();
        heap.stop();
        return new Phase(name, seconds, cpuSeconds, files, peak, heap.afterGc.get());
    }

    /**
     * The work with a full collection forced every 100 ms from another thread: "after GC" is then the most heap that
     * was live (reachable) at any of those moments, not the occupancy after a young collection, which includes the
     * old generation's garbage. The time is the work's plus the collections': only the heap figure is meant.
     */
    static Phase measureLive(String name, Work work) throws Exception {
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong live = new AtomicLong(-1);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                System.gc();
                live.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-heap-sampler");
        sampler.setDaemon(true);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        sampler.start();
        int files;
        try {
            files = work.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase(name, seconds, (processCpuNanos() - cpu) / 1e9, files, -1, live.get());
    }

    /** CPU time used by this process so far; -1 when the JVM does not say. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
            ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : -1;
    }

    String row() {
        return String.format(Locale.ROOT, "  %-40s %8.2f %8.2f %8d %10.0f %13s %12s", name, seconds, cpuSeconds, files,
            files / Math.max(seconds, 1e-9), peakBytes < 0 ? "-" : String.valueOf(peakBytes >> 20),
            afterGcBytes < 0 ? "-" : String.valueOf(afterGcBytes >> 20));
    }

    /** Heap pool peaks and post-collection occupancy, from the start of a phase to {@link #stop()}. */
    private static final class HeapMeter implements NotificationListener {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).collect(Collectors.toList());
        private final Set<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        private final AtomicLong afterGc = new AtomicLong(-1);
        private final long startUptimeMillis;

        HeapMeter() {
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            // Notifications arrive asynchronously; the one for the System.gc() above is older than this and ignored.
            startUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
            for (GarbageCollectorMXBean gc : collectors) {
                ((NotificationEmitter) gc).addNotificationListener(this, null, null);
            }
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            if (info.getGcInfo().getStartTime() < startUptimeMillis) {
                return;
            }
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                used += poolNames.contains(e.getKey()) ? e.getValue().getUsed() : 0; // not Metaspace, code cache
            }
            afterGc.accumulateAndGet(used, Math::max);
        }

        long peak() {
            return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        void stop() throws Exception {
            Thread.sleep(100); // let the notifications of collections at the very end of the phase arrive
            for (GarbageCollectorMXBean gc : collectors) {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            }
        }
    }
}
