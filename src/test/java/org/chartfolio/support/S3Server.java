package org.chartfolio.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real S3-compatible server for the tests of the S3 file store: the npm package s3rver
 * (pinned to {@link #VERSION}), installed into {@code target/s3rver} by npm the first
 * time and started once per JVM on a free port of 127.0.0.1, with its bucket, its data in
 * a temporary folder, stopped when the JVM ends. Where node or npm is missing, or the
 * package cannot be installed, {@link #start()} says why; {@link S3StoreTest} then skips
 * the tests, except on CI (CI=true), where that fails them.
 */
public final class S3Server {

	private static final Logger log = LoggerFactory.getLogger(S3Server.class);

	public static final String VERSION = "3.7.1";

	public static final String BUCKET = "chartfolio-test";

	/** s3rver's fixed credentials. */
	public static final String ACCESS_KEY = "S3RVER";

	public static final String SECRET_KEY = "S3RVER";

	private static final Path INSTALL = Path.of("target", "s3rver");

	private static Coordinates coordinates;

	private static String unavailable;

	private S3Server() {
	}

	/**
	 * Where it answers, over HTTPS with a certificate of its own ({@code certificate}, a
	 * PEM file).
	 */
	public record Coordinates(String endpoint, String bucket, String accessKey, String secretKey, String certificate) {
	}

	/**
	 * The running server, started on first use; an {@link IllegalStateException} saying
	 * why none can start.
	 */
	public static synchronized Coordinates start() {
		if (coordinates != null) {
			return coordinates;
		}
		if (unavailable != null) {
			throw new IllegalStateException(unavailable);
		}
		try {
			coordinates = launch();
			return coordinates;
		}
		catch (IOException | RuntimeException ex) {
			unavailable = "No S3-compatible server for the S3 file store tests: " + ex.getMessage()
					+ " (they need node and npm, which install s3rver@" + VERSION + " into " + INSTALL
					+ "; .ci/run installs them)";
			throw new IllegalStateException(unavailable, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting s3rver", ex);
		}
	}

	private static Coordinates launch() throws IOException, InterruptedException {
		Path script = INSTALL.resolve("node_modules/s3rver/bin/s3rver.js");
		Path packageJson = INSTALL.resolve("node_modules/s3rver/package.json");
		if (!Files.exists(packageJson) || !Files.readString(packageJson).contains("\"version\": \"" + VERSION + "\"")) {
			install();
		}
		Path data = Files.createTempDirectory("chartfolio-s3rver");
		Path tls = Files.createTempDirectory("chartfolio-s3rver-tls");
		certificate(tls);
		int port = freePort();
		Path output = Files.createTempFile("chartfolio-s3rver", ".log");
		Process process = new ProcessBuilder("node", script.toString(), "--directory", data.toString(), "--address",
				"127.0.0.1", "--port", String.valueOf(port), "--silent", "--no-vhost-buckets", "--key",
				tls.resolve("key.pem").toString(), "--cert", tls.resolve("cert.pem").toString(), "--configure-bucket",
				BUCKET)
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			process.destroy();
			try {
				process.waitFor(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			process.destroyForcibly();
		}));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!answers(port)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("s3rver stopped at once: " + Files.readString(output).strip());
			}
			if (Instant.now().isAfter(deadline)) {
				process.destroyForcibly();
				throw new IllegalStateException("s3rver did not answer on port " + port + " within 30 s");
			}
			Thread.sleep(100);
		}
		String endpoint = "https://127.0.0.1:" + port;
		log.info("S3 test server: s3rver {} at {}, bucket {}, data in {}", VERSION, endpoint, BUCKET, data);
		return new Coordinates(endpoint, BUCKET, ACCESS_KEY, SECRET_KEY, tls.resolve("cert.pem").toString());
	}

	/**
	 * A self-signed certificate for 127.0.0.1, made with the JDK's keytool, as the PEM
	 * files s3rver reads. HTTPS matters: over plain HTTP the AWS SDK signs an upload in
	 * aws-chunked encoding, which AWS and MinIO decode and s3rver does not; over HTTPS it
	 * streams the body as it is.
	 */
	private static void certificate(Path folder) throws IOException, InterruptedException {
		Path store = folder.resolve("s3rver.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "s3rver", "-keyalg", "RSA", "-keysize",
				"2048", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12",
				"-keystore", store.toString(), "-storepass", "s3rver-test", "-keypass", "s3rver-test")
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("keytool.log").toFile())
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(
					"keytool could not make a certificate: " + Files.readString(folder.resolve("keytool.log")));
		}
		try {
			java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
			try (var in = Files.newInputStream(store)) {
				keys.load(in, "s3rver-test".toCharArray());
			}
			java.util.Base64.Encoder base64 = java.util.Base64.getMimeEncoder(64,
					"\n".getBytes(StandardCharsets.US_ASCII));
			Files.writeString(folder.resolve("key.pem"),
					"-----BEGIN PRIVATE KEY-----\n"
							+ base64.encodeToString(keys.getKey("s3rver", "s3rver-test".toCharArray()).getEncoded())
							+ "\n-----END PRIVATE KEY-----\n");
			Files.writeString(folder.resolve("cert.pem"),
					"-----BEGIN CERTIFICATE-----\n" + base64.encodeToString(keys.getCertificate("s3rver").getEncoded())
							+ "\n-----END CERTIFICATE-----\n");
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IOException("Could not read the certificate keytool made: " + ex.getMessage(), ex);
		}
	}

	private static void install() throws IOException, InterruptedException {
		Files.createDirectories(INSTALL);
		// A package.json of its own keeps npm from looking for one in the folders above.
		Path packageJson = INSTALL.resolve("package.json");
		if (!Files.exists(packageJson)) {
			Files.writeString(packageJson, "{ \"name\": \"chartfolio-test-s3rver\", \"private\": true }\n",
					StandardCharsets.UTF_8);
		}
		log.info("S3 test server: installing s3rver@{} into {} with npm", VERSION, INSTALL);
		Path output = Files.createTempFile("chartfolio-npm", ".log");
		Process npm;
		try {
			npm = new ProcessBuilder(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix",
					INSTALL.toString(), "s3rver@" + VERSION))
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
		}
		catch (IOException ex) {
			throw new IOException("npm could not be run (" + ex.getMessage() + ")", ex);
		}
		if (!npm.waitFor(5, TimeUnit.MINUTES)) {
			npm.destroyForcibly();
			throw new IOException("npm install s3rver@" + VERSION + " took more than 5 minutes");
		}
		if (npm.exitValue() != 0) {
			String log = Files.readString(output).strip();
			throw new IOException(
					"npm install s3rver@" + VERSION + " failed: " + log.substring(Math.max(0, log.length() - 600)));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
