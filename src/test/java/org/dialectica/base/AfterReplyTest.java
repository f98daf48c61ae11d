package org.dialectica.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Issue 24: news for the other pages waits for the reply to the page that made the change, and no longer than needed. */
class AfterReplyTest {
    private static void waitFor(List<String> told, int size) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (told.size() < size && System.currentTimeMillis() < until) Thread.sleep(10);
    }

    @Test
    void without_a_reply_being_answered_news_is_told_at_once() {
        List<String> told = new CopyOnWriteArrayList<>();
        AfterReply.run(() -> told.add("edited"));
        assertThat(told).containsExactly("edited");
        assertThat(AfterReply.holding()).isFalse();
    }

    @Test
    void held_news_is_told_in_order_once_the_reply_is_out() {
        List<String> told = new CopyOnWriteArrayList<>();
        try (AfterReply.Held reply = AfterReply.hold()) {
            AfterReply.run(() -> told.add("edited"));
            AfterReply.run(() -> told.add("replaced"));
            assertThat(AfterReply.holding()).isTrue();
            assertThat(told).isEmpty();
        }
        assertThat(told).containsExactly("edited", "replaced");
        AfterReply.run(() -> told.add("later"));
        assertThat(told).containsExactly("edited", "replaced", "later");
    }

    @Test
    void held_news_waits_until_the_page_has_shown_the_change() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        try (AfterReply.Held reply = AfterReply.hold()) {
            AfterReply.run(() -> told.add("edited"));
            AfterReply.await(shown);
        }
        assertThat(told).isEmpty();
        // the page's answer arrives in a request of its own: the news goes out after that one's reply
        try (AfterReply.Held answer = AfterReply.hold()) {
            shown.complete(true);
            assertThat(told).isEmpty();
        }
        assertThat(told).containsExactly("edited");
    }

    @Test
    void a_page_that_never_answers_keeps_the_others_waiting_no_longer_than_the_patience() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        try (AfterReply.Held reply = AfterReply.hold()) {
            AfterReply.run(() -> told.add("edited"));
            AfterReply.await(new CompletableFuture<>());
        }
        waitFor(told, 1);
        assertThat(told).containsExactly("edited");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(AfterReply.PATIENCE.toMillis() - 50);
    }
}
