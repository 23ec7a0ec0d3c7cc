package dev.ladder.support;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sends requests at the same moment, to race them against each other on the server. */
public final class Concurrently {
    private Concurrently() {}

    /**
     * Runs every call released at once, at most {@code threads} in flight, and returns their results
     * (responses, or whatever a call that sends several requests makes of them) in order.
     */
    public static <T> List<T> send(int threads, List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> call : calls) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : pending) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The status codes of {@link #send}'s responses. */
    public static List<Integer> statuses(int threads, List<Callable<Response>> calls) throws Exception {
        return send(threads, calls).stream().map(Response::statusCode).toList();
    }
}
