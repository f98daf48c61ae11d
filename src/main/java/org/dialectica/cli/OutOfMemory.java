package org.dialectica.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends the process in one line when memory runs out in any thread. A library thread that dies of
 * it can leave the main thread waiting forever, and the JVM's own handling of SIGTERM then fails
 * for want of memory too; so the first thread to run out says the line prepared beforehand (no
 * allocation needed) and halts with status 3.
 */
final class OutOfMemory {
    private static final AtomicBoolean SAID = new AtomicBoolean();
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);
    private static volatile byte[] line;
    private static volatile boolean watching;

    private OutOfMemory() {}

    /** From now on, memory running out in any thread of this process ends it. */
    static void watch(String command) {
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        line = (command + ": out of memory (Java heap " + heap + " MB); give Java more, e.g. java -Xmx"
                + Math.max(1, 2 * heap / 1024) + "g -jar dialectica.jar " + command + " …\n").getBytes(StandardCharsets.UTF_8);
        watching = true;
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (caused(e)) exit();
            e.printStackTrace();
        });
    }

    static void unwatch() {
        watching = false;
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    /** Whether running out of memory is behind the error, e.g. a worker's, rethrown by the one that waited for it. */
    static boolean caused(Throwable e) {
        for (int depth = 0; e != null && depth < 10; e = e.getCause(), depth++) {
            if (e instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    /**
     * Whether the caller may say that memory ran out: always, unless the process is watched and
     * another thread said it already (it is halting the process).
     */
    static boolean claim() {
        return !watching || SAID.compareAndSet(false, true);
    }

    /** Says the prepared line, once for the process, and halts with status 3. */
    static void exit() {
        if (!SAID.compareAndSet(false, true)) {
            while (true) LockSupport.park(); // the first thread is halting the process
        }
        try {
            System.out.flush();
        } catch (Throwable ignored) {
            // the line on stderr is what matters
        }
        try {
            STDERR.write(line);
        } catch (Throwable ignored) {
            // nothing more can be said
        }
        Runtime.getRuntime().halt(AnalyzeCommand.OUT_OF_MEMORY);
    }
}
