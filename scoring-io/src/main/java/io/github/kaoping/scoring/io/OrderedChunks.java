package io.github.kaoping.scoring.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders long lists on a pool of threads, a chunk of items at a time, and hands each chunk's text
 * to the caller's thread in the order of the list: how the results of a million units are written
 * on every core while their bytes stay those one thread writes. At most {@code 2 * threads} chunks
 * are rendered ahead of the one being written, so the text held at once is bounded whatever the
 * number of units.
 */
final class OrderedChunks implements AutoCloseable {

  /** Renders a chunk of items as text, on a thread of the pool. */
  @FunctionalInterface
  interface Render<T> {
    String render(List<T> chunk) throws IOException;
  }

  /** Takes a chunk's text, on the caller's thread, in the order of the list. */
  @FunctionalInterface
  interface Sink {
    void accept(String text) throws IOException;
  }

  private final ExecutorService pool;
  private final int ahead;

  /**
   * A pool of daemon threads, shut down by {@link #close()}.
   *
   * @param threads how many threads render, at least 1
   */
  OrderedChunks(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.ahead = 2 * threads;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "results-write");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Renders the items in chunks of {@code size} on the pool and gives their texts to the sink in
   * the items' order.
   *
   * @param items the items, not changed meanwhile
   * @param size items a chunk, at least 1
   * @param render what renders a chunk; called on several threads at once
   * @param sink what takes each chunk's text, in order, on the caller's thread
   * @throws IOException if rendering or the sink fails: the first failure in the list's order
   */
  <T> void each(List<T> items, int size, Render<T> render, Sink sink) throws IOException {
    ArrayDeque<Future<String>> pending = new ArrayDeque<>();
    try {
      for (int from = 0; from < items.size(); from += size) {
        List<T> chunk = items.subList(from, Math.min(items.size(), from + size));
        pending.add(pool.submit(() -> render.render(chunk)));
        if (pending.size() > ahead) {
          sink.accept(done(pending.remove()));
        }
      }
      while (!pending.isEmpty()) {
        sink.accept(done(pending.remove()));
      }
    } finally {
      pending.forEach(f -> f.cancel(true)); // after a failure: nothing more is written
    }
  }

  private static String done(Future<String> chunk) throws IOException {
    try {
      return chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing results");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException x) {
        throw x;
      }
      if (cause instanceof RuntimeException x) {
        throw x;
      }
      if (cause instanceof Error x) {
        throw x;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
