package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list with at most n calls at a time, keeping its order: the LLM judge waits on the network, not the CPU. */
final class BoundedParallel {
    private BoundedParallel() {
    }

    static <T, R> List<R> map(List<T> items, int parallelism, Function<T, R> function) {
        if (parallelism <= 1 || items.size() < 2) {
            return items.stream().map(function).toList();
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, items.size()))) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> function.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(await(future));
            }
            return results;
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        }
    }
}
