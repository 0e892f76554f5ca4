package no.tiltaksradar.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C during a batch: the job is asked to stop after the document in hand, and the JVM waits
 * (up to a minute) until it has written that document, so a resumed run loses nothing.
 */
final class GracefulStop implements AutoCloseable {
    private static final long WAIT_SECONDS = 60;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "tiltaksradar-graceful-stop");

    GracefulStop() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    AtomicBoolean requested() {
        return requested;
    }

    private void stopAndWait() {
        requested.set(true);
        try {
            finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and has just been released
        }
    }
}
