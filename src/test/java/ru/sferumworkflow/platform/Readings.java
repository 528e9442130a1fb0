package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** How long a reading over HTTP takes, as the benchmarks report it: p50, p95 and max in milliseconds. */
public final class Readings {

    private Readings() {
    }

    /** {@code samples} timed readings after {@code unmeasured} ones (the server warms its caches); each must be a 200. */
    public static double[] timed(Supplier<HttpResponse<String>> reading, int unmeasured, int samples) {
        for (int i = 0; i < unmeasured; i++) {
            HttpResponse<String> answer = reading.get();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = reading.get();
            millis.add((System.nanoTime() - start) / 1e6);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        Collections.sort(millis);
        return new double[] {millis.get(samples / 2), millis.get((int) Math.ceil(samples * 0.95) - 1),
                millis.get(samples - 1)};
    }
}
