package ru.sferumworkflow.platform;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, within a limit, for what the server does in the background (jobs, the mail poller) to show.
 * Asks again every 200 ms; fails with the last answer when the limit passes.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T within(Duration limit, String what, Supplier<T> ask, Predicate<T> done) {
        long deadline = System.nanoTime() + limit.toNanos();
        T answer = ask.get();
        while (!done.test(answer)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Не дождались за " + limit.toSeconds() + " с: " + what + "; последний ответ: " + answer);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Ожидание прервано: " + what, e);
            }
            answer = ask.get();
        }
        return answer;
    }
}
