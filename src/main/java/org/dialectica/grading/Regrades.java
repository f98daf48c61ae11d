package org.dialectica.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A class graded again in the background, one assignment after the other on one thread (the machine's
 * cores serve the pages too): after a change of the rubric, or when the teacher asks. A newer run for
 * the same assignment stops the older one, which would grade with a rubric already replaced.
 */
public final class Regrades implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Regrades.class);

    /** How far a run is: submissions graded of all, the teacher's points it dropped, those that failed. */
    public record Progress(int version, int total, int done, List<String> dropped, List<String> failed, boolean finished) {}

    /** What grading one submission again returns: the teacher's points it dropped, worded for the list. */
    interface One extends LongFunction<List<String>> {}

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "regrade");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    private static final class Run {
        final int version;
        final List<Long> submissions;
        final AtomicInteger done = new AtomicInteger();
        final List<String> dropped = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        volatile boolean finished;
        volatile boolean stopped;

        Run(int version, List<Long> submissions) {
            this.version = version;
            this.submissions = List.copyOf(submissions);
        }

        synchronized Progress progress() {
            return new Progress(version, submissions.size(), done.get(), List.copyOf(dropped), List.copyOf(failed), finished);
        }
    }

    /** Grades these submissions again in the background; a run still going for the assignment stops. */
    Progress start(long assignmentId, int version, List<Long> submissions, One one) {
        Run run = new Run(version, submissions);
        Run before = runs.put(assignmentId, run);
        if (before != null) before.stopped = true;
        worker.execute(() -> {
            try {
                for (long id : run.submissions) {
                    if (run.stopped) return;
                    try {
                        List<String> dropped = one.apply(id);
                        synchronized (run) {
                            run.dropped.addAll(dropped);
                        }
                    } catch (RuntimeException e) {
                        log.warn("Submission {} could not be graded again: {}", id, e.getMessage());
                        synchronized (run) {
                            run.failed.add(String.valueOf(e.getMessage()));
                        }
                    }
                    run.done.incrementAndGet();
                }
            } finally {
                run.finished = true;
            }
        });
        return run.progress();
    }

    /** The latest run for the assignment, if any since the app started. */
    Optional<Progress> progress(long assignmentId) {
        return Optional.ofNullable(runs.get(assignmentId)).map(Run::progress);
    }

    @Override
    public void close() {
        runs.values().forEach(r -> r.stopped = true);
        worker.shutdownNow();
    }
}
