package org.dialectica.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends the process in one line when memory runs out in any thread. A library thread that dies of
 * it can leave the main thread waiting forever, and the JVM's own handling of SIGTERM then fails
 * for want of memory too; so the first thread to run out says the line prepared beforehand (no
 * allocation needed) and halts with status 3.
 */
final class OutOfMemory {
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);
    private static volatile byte[] line;
    private static volatile boolean watching;
    private static volatile boolean said;

    private OutOfMemory() {}

    /** From now on, memory running out in any thread of this process ends it. */
    static synchronized void watch(String command) {
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        line = (command + ": out of memory (Java heap " + heap + " MB); give Java more, e.g. java -Xmx"
                + Math.max(1, 2 * heap / 1024) + "g -jar dialectica.jar " + command + " …\n").getBytes(StandardCharsets.UTF_8);
        watching = true;
        // run the paths once now: linking code may allocate, and then there is nothing left
        caused(new Error());
        LockSupport.parkNanos(1);
        try {
            STDERR.write(line, 0, 0);
        } catch (IOException e) {
            // stderr closed: nothing can be said later either
        }
        Thread.setDefaultUncaughtExceptionHandler(OutOfMemory::uncaught);
    }

    static synchronized void unwatch() {
        watching = false;
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    private static void uncaught(Thread thread, Throwable e) {
        if (said) waitForTheEnd(); // another thread is saying it and halting
        try {
            if (caused(e)) exit();
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        } catch (Throwable again) {
            // printing the trace ran out too
            exit();
        }
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
    static synchronized boolean claim() {
        if (!watching) return true;
        if (said) return false;
        said = true;
        return true;
    }

    /** The first thread to run out is halting the process; this one says nothing more. */
    private static void waitForTheEnd() {
        while (true) {
            try {
                LockSupport.park();
            } catch (Throwable ignored) {
                // even parking may find no memory; wait on
            }
        }
    }

    /** Says the prepared line, once for the process, and halts with status 3. */
    static void exit() {
        if (!claim() && watching) waitForTheEnd();
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
