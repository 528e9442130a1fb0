package ru.sferumworkflow.roster;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far the imports running on this server are, in percent: checking the lines is the first half, saving
 * them the second. Kept in memory because the saving happens in one transaction that nobody else can look
 * into; another node of a cluster shows the import's status without a percentage.
 */
@ApplicationScoped
public class ImportProgress {

    private final Map<String, int[]> running = new ConcurrentHashMap<>();

    public void begin(String importId, int totalLines) {
        running.put(importId, new int[] {0, 0, Math.max(totalLines, 1)});
    }

    public void checked(String importId) {
        step(importId, 0);
    }

    public void saved(String importId) {
        step(importId, 1);
    }

    public void end(String importId) {
        running.remove(importId);
    }

    public OptionalInt percent(String importId) {
        int[] counts = running.get(importId);
        if (counts == null) {
            return OptionalInt.empty();
        }
        long done = (long) counts[0] + counts[1];
        return OptionalInt.of((int) Math.min(99, done * 50 / counts[2]));
    }

    private void step(String importId, int phase) {
        int[] counts = running.get(importId);
        if (counts != null) {
            counts[phase]++;
        }
    }
}
