package org.chartfolio.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one URL with a fixed number of concurrent keep-alive connections for a fixed
 * time and reports requests per second and latency percentiles. It runs wrk where the
 * machine has it (a load generator in C, so the client costs little of the CPU the server
 * shares with it), and otherwise a Java client with one connection per thread.
 */
final class LoadGenerator {

	private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$",
			Pattern.MULTILINE);

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	private final int connections;

	private final int threads;

	private final Path wrk;

	LoadGenerator(int connections, int threads) {
		this.connections = connections;
		this.threads = threads;
		this.wrk = findWrk();
	}

	/** What one run measured; latencies in milliseconds. */
	record Result(double requestsPerSecond, double p50, double p99, long failures) {
	}

	String name() {
		return (this.wrk != null) ? "wrk (" + this.threads + " threads, " + this.connections + " connections)"
				: "Java client (" + this.connections + " connections)";
	}

	Result run(URI url, String cookie, Duration duration) throws Exception {
		return (this.wrk != null) ? runWrk(url, cookie, duration) : runJava(url, cookie, duration);
	}

	private static Path findWrk() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			Path candidate = Path.of(dir, "wrk");
			if (!dir.isEmpty() && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private Result runWrk(URI url, String cookie, Duration duration) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(this.wrk.toString(), "-t" + this.threads,
				"-c" + this.connections, "-d" + duration.toSeconds() + "s", "--timeout", "10s", "--latency"));
		if (cookie != null) {
			command.addAll(List.of("-H", "Cookie: " + cookie));
		}
		command.add(url.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed:\n" + output);
		}
		Matcher requests = REQUESTS.matcher(output);
		if (!requests.find()) {
			throw new IllegalStateException("wrk printed no rate:\n" + output);
		}
		double p50 = Double.NaN;
		double p99 = Double.NaN;
		Matcher percentile = PERCENTILE.matcher(output);
		while (percentile.find()) {
			double millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
			if (percentile.group(1).equals("50")) {
				p50 = millis;
			}
			else {
				p99 = millis;
			}
		}
		long failures = 0;
		Matcher non2xx = NON_2XX.matcher(output);
		if (non2xx.find()) {
			failures += Long.parseLong(non2xx.group(1));
		}
		Matcher socket = SOCKET_ERRORS.matcher(output);
		if (socket.find()) {
			for (int group = 1; group <= 4; group++) {
				failures += Long.parseLong(socket.group(group));
			}
		}
		return new Result(Double.parseDouble(requests.group(1)), p50, p99, failures);
	}

	private static double millis(double value, String unit) {
		return switch (unit) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	private Result runJava(URI url, String cookie, Duration duration) throws InterruptedException {
		long end = System.nanoTime() + duration.toNanos();
		AtomicLong failures = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(this.connections);
		List<Thread> workers = new ArrayList<>();
		for (int c = 0; c < this.connections; c++) {
			long[] mine = new long[1 << 20];
			latencies.add(mine);
			Thread worker = new Thread(() -> {
				HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				try {
					HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
					if (cookie != null) {
						request.header("Cookie", cookie);
					}
					HttpRequest built = request.build();
					int n = 1;
					while (System.nanoTime() < end && n < mine.length) {
						long start = System.nanoTime();
						HttpResponse<Void> response = client.send(built, HttpResponse.BodyHandlers.discarding());
						mine[n++] = System.nanoTime() - start;
						if (response.statusCode() >= 400) {
							failures.incrementAndGet();
						}
					}
					mine[0] = n - 1;
				}
				catch (IOException | InterruptedException ex) {
					failures.incrementAndGet();
				}
				finally {
					done.countDown();
				}
			});
			workers.add(worker);
			worker.start();
		}
		long started = System.nanoTime();
		done.await();
		double seconds = (System.nanoTime() - started) / 1e9;
		long total = latencies.stream().mapToLong((l) -> l[0]).sum();
		long[] all = new long[(int) total];
		int at = 0;
		for (long[] mine : latencies) {
			System.arraycopy(mine, 1, all, at, (int) mine[0]);
			at += (int) mine[0];
		}
		Arrays.sort(all);
		double p50 = (all.length > 0) ? all[all.length / 2] / 1e6 : Double.NaN;
		double p99 = (all.length > 0) ? all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6 : Double.NaN;
		return new Result(total / seconds, p50, p99, failures.get());
	}

}
