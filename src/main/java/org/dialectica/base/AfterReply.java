package org.dialectica.base;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * News for the other pages of a change, held until the person who made it has been answered.
 * Telling the others inside the request that saved redrew and pushed their pages before the
 * saver's own response was even written, so a colleague's screen showed a new claim before the
 * screen of the person who clicked Save. The web layer {@linkplain #hold() holds} while it answers
 * a request and {@linkplain Held#close() releases} once the answer is out; a part of the page that
 * draws after the answer arrives (the canvas) makes the news also {@linkplain #await wait} until it
 * has drawn, at most {@link #PATIENCE}. A thread answering no one (a test, the command line, a
 * pushed update) tells its news at once.
 */
public final class AfterReply {
    /** How long the others wait at most for the page that made a change to show it. */
    public static final Duration PATIENCE = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(AfterReply.class);
    private static final ThreadLocal<Reply> held = new ThreadLocal<>();

    private AfterReply() {}

    private static final class Reply {
        final List<Runnable> tasks = new ArrayList<>();
        final List<CompletableFuture<?>> shown = new ArrayList<>();
    }

    /** Runs the task once this thread's reply is out, in the order given; at once if it answers no one. */
    public static void run(Runnable task) {
        Reply reply = held.get();
        if (reply == null) task.run();
        else reply.tasks.add(task);
    }

    /** Whether news is held for this thread's reply: a page that draws later may want it to {@linkplain #await wait}. */
    public static boolean holding() {
        Reply reply = held.get();
        return reply != null && !reply.tasks.isEmpty();
    }

    /** The news held for this thread's reply waits until this completes too (at most {@link #PATIENCE}). */
    public static void await(CompletableFuture<?> shown) {
        Reply reply = held.get();
        if (reply != null) reply.shown.add(shown);
    }

    /** Holds the news of this thread until the returned hold is closed. */
    public static Held hold() {
        // a hold left open by a request that never ended must not keep its news forever
        Reply left = held.get();
        held.set(new Reply());
        if (left != null) release(left);
        return new Held();
    }

    private static void release(Reply reply) {
        if (reply.tasks.isEmpty()) return;
        if (reply.shown.isEmpty()) {
            runAll(reply.tasks);
            return;
        }
        CompletableFuture.allOf(reply.shown.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((done, failed) -> {
                    // the page's answer comes in a request of its own: told after that one's reply;
                    // after a timeout, on a thread of its own rather than the timer's
                    if (held.get() != null) run(() -> runAll(reply.tasks));
                    else Thread.ofVirtual().name("after-reply").start(() -> runAll(reply.tasks));
                });
    }

    private static void runAll(List<Runnable> tasks) {
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                // one failed piece of news must not keep the rest from the others
                log.warn("News held for after a reply could not be told: {}", e.toString());
            }
        }
    }

    /** The news held for one reply: closing releases it; news given while it is told goes out at once. */
    public static final class Held implements AutoCloseable {
        private Held() {}

        @Override
        public void close() {
            Reply reply = held.get();
            held.remove();
            if (reply != null) release(reply);
        }
    }
}
