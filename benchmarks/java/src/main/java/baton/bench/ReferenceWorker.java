package baton.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Completes {@code --jobs} jobs of one type with Camunda's official Java client, then prints one
 * {@code BENCH-RESULT {json}} line: the reference Baton's fleet is measured against.
 *
 * <p>Concurrency is the client's own knobs: {@code maxJobsActive} and as many job execution
 * threads, each handler completing its job synchronously as Camunda's job worker guide shows.
 */
public final class ReferenceWorker {
  private static final String CLIENT = "camunda-client-java 8.9.0";

  private ReferenceWorker() {}

  public static void main(String[] args) throws InterruptedException {
    final Map<String, String> options;
    final int jobs;
    final int concurrency;
    final int delayMs;
    final int timeoutS;
    final boolean stream;
    try {
      options = parse(args);
      jobs = positive(options, "jobs");
      concurrency = positive(options, "concurrency");
      delayMs = nonNegative(options, "delay-ms");
      timeoutS = positive(options, "timeout-s");
      stream = mode(options.get("mode"));
      required(options, "grpc-address");
      required(options, "rest-address");
      required(options, "job-type");
    } catch (IllegalArgumentException bad) {
      System.err.println("reference worker: " + bad.getMessage());
      System.exit(2);
      return;
    }

    final CountDownLatch done = new CountDownLatch(1);
    final AtomicInteger completed = new AtomicInteger();
    final AtomicLong firstStartNanos = new AtomicLong();
    final AtomicLong lastCompletedNanos = new AtomicLong();

    try (CamundaClient client =
            CamundaClient.newClientBuilder()
                .grpcAddress(URI.create(options.get("grpc-address")))
                .restAddress(URI.create(options.get("rest-address")))
                .preferRestOverGrpc(false)
                .numJobWorkerExecutionThreads(concurrency)
                .build();
        JobWorker worker =
            client
                .newWorker()
                .jobType(options.get("job-type"))
                .handler(
                    (jobClient, job) -> {
                      firstStartNanos.compareAndSet(0, System.nanoTime());
                      if (delayMs > 0) {
                        Thread.sleep(delayMs);
                      }
                      jobClient.newCompleteCommand(job.getKey()).send().join();
                      if (completed.incrementAndGet() == jobs) {
                        lastCompletedNanos.set(System.nanoTime());
                        done.countDown();
                      }
                    })
                .name("reference-worker")
                .maxJobsActive(concurrency)
                .timeout(Duration.ofMinutes(1))
                .streamEnabled(stream)
                .open()) {
      System.out.println("BENCH-READY");
      System.out.flush();
      if (!done.await(timeoutS, TimeUnit.SECONDS)) {
        System.err.printf(
            "reference worker: %d of %d jobs completed within %ds%n",
            completed.get(), jobs, timeoutS);
        System.exit(3);
      }
      final double seconds = (lastCompletedNanos.get() - firstStartNanos.get()) / 1e9;
      System.out.printf(
          "BENCH-RESULT {\"worker\": \"%s\", \"mode\": \"%s\", \"concurrency\": %d, "
              + "\"delay_ms\": %d, \"jobs\": %d, \"seconds\": %.6f}%n",
          CLIENT, stream ? "stream" : "poll", concurrency, delayMs, jobs, seconds);
      System.out.flush();
    }
  }

  private static Map<String, String> parse(String[] args) {
    final Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    final String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static int nonNegative(Map<String, String> options, String name) {
    final String raw = required(options, name);
    try {
      final int value = Integer.parseInt(raw);
      if (value < 0) {
        throw new IllegalArgumentException("--" + name + " must be >= 0, got " + raw);
      }
      return value;
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("--" + name + " must be an integer, got " + raw);
    }
  }

  private static int positive(Map<String, String> options, String name) {
    final int value = nonNegative(options, name);
    if (value == 0) {
      throw new IllegalArgumentException("--" + name + " must be > 0");
    }
    return value;
  }

  private static boolean mode(String value) {
    if ("stream".equals(value)) {
      return true;
    }
    if ("poll".equals(value)) {
      return false;
    }
    throw new IllegalArgumentException("--mode must be poll or stream, got " + value);
  }
}
