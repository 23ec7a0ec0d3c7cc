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
    private Concurrently() {
    }

    /** Runs every call released at once, at most {@code threads} in flight, and returns their responses in order. */
    public static List<Response> send(int threads, List<Callable<Response>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (Callable<Response> call : calls) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : pending) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The status codes of {@link #send}'s responses. */
    public static List<Integer> statuses(int threads, List<Callable<Response>> calls) throws Exception {
        return send(threads, calls).stream().map(Response::statusCode).toList();
    }
}
