package ru.sferumworkflow.invitation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts visits with unknown tokens per client address: more than {@link #LIMIT} in {@link #WINDOW_MILLIS} and the
 * address is refused until the window passes — guessing a 256-bit token is hopeless, but the attempts are a signal.
 */
@ApplicationScoped
public class JoinAttempts {

    static final int LIMIT = 20;
    static final long WINDOW_MILLIS = 10 * 60 * 1000L;
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Long>> unknownByAddress = new ConcurrentHashMap<>();

    /** Whether the address has used up its unknown attempts. */
    public boolean isBlocked(String address) {
        Deque<Long> attempts = unknownByAddress.get(address);
        if (attempts == null) {
            return false;
        }
        synchronized (attempts) {
            prune(attempts, System.currentTimeMillis());
            return attempts.size() >= LIMIT;
        }
    }

    public void unknown(String address) {
        if (unknownByAddress.size() > MAX_ADDRESSES) {
            // Bounded memory: forget addresses whose window has passed; only a flood from very many addresses at
            // once makes the counting start afresh.
            long now = System.currentTimeMillis();
            unknownByAddress.values().removeIf(attempts -> {
                synchronized (attempts) {
                    prune(attempts, now);
                    return attempts.isEmpty();
                }
            });
            if (unknownByAddress.size() > MAX_ADDRESSES) {
                unknownByAddress.clear();
            }
        }
        Deque<Long> attempts = unknownByAddress.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (attempts) {
            long now = System.currentTimeMillis();
            prune(attempts, now);
            attempts.addLast(now);
        }
    }

    private static void prune(Deque<Long> attempts, long now) {
        while (!attempts.isEmpty() && attempts.peekFirst() < now - WINDOW_MILLIS) {
            attempts.removeFirst();
        }
    }
}
