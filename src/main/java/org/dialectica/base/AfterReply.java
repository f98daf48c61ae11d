package org.dialectica.base;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * News for the other pages of a change, held until the answer to the person who made it has been
 * sent. Telling the others inside the request that saved redrew and pushed their pages before the
 * saver's own response was even written, so a colleague's screen showed a new claim before the
 * screen of the person who clicked Save. The web layer {@linkplain #hold() holds} while it answers
 * a request and {@linkplain Held#close() releases} once the answer is out; a thread answering no
 * one (a test, the command line, a pushed update) runs the news at once.
 */
public final class AfterReply {
    private static final Logger log = LoggerFactory.getLogger(AfterReply.class);
    private static final ThreadLocal<List<Runnable>> held = new ThreadLocal<>();

    private AfterReply() {}

    /** Runs the task once this thread's reply is sent, in the order given; at once if it answers no one. */
    public static void run(Runnable task) {
        List<Runnable> tasks = held.get();
        if (tasks == null) task.run();
        else tasks.add(task);
    }

    /** Holds the news of this thread until the returned hold is closed. */
    public static Held hold() {
        // a hold left open by a request that never ended must not keep its news forever
        List<Runnable> left = held.get();
        held.set(new ArrayList<>());
        if (left != null) runAll(left);
        return new Held();
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

    /** The news held for one reply: closing tells it on the closing thread; news given while it does is told at once. */
    public static final class Held implements AutoCloseable {
        private Held() {}

        @Override
        public void close() {
            List<Runnable> tasks = held.get();
            held.remove();
            if (tasks != null) runAll(tasks);
        }
    }
}
