package org.chartfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence files in an S3-compatible bucket instead of PostgreSQL, when
 * {@code chartfolio.files.store=s3}: the client, the store and the recurring cleanup of
 * objects that no file row names. The bucket must exist; the settings are in the README
 * ("Configuration").
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chartfolio.files.store", havingValue = "s3")
@EnableScheduling
class S3FileStoreConfiguration {

	/**
	 * One bucket may serve other things too: Chartfolio's objects all start with this.
	 */
	static final String DEFAULT_PREFIX = "evidence/";

	/**
	 * {@code certificate}: a PEM file of certificates to trust for the endpoint (a
	 * private CA), or blank.
	 */
	record Settings(String endpoint, String region, String accessKey, String secretKey, boolean pathStyle,
			String certificate) {
	}

	@Bean(destroyMethod = "close")
	S3Client chartfolioS3Client(@Value("${chartfolio.files.s3.endpoint:}") String endpoint,
			@Value("${chartfolio.files.s3.region:us-east-1}") String region,
			@Value("${chartfolio.files.s3.access-key:}") String accessKey,
			@Value("${chartfolio.files.s3.secret-key:}") String secretKey,
			@Value("${chartfolio.files.s3.path-style:false}") boolean pathStyle,
			@Value("${chartfolio.files.s3.certificate:}") String certificate) {
		return client(new Settings(endpoint, region, accessKey, secretKey, pathStyle, certificate));
	}

	@Bean
	S3FileStore s3FileStore(S3Client chartfolioS3Client, @Value("${chartfolio.files.s3.bucket}") String bucket,
			@Value("${chartfolio.files.s3.prefix:" + DEFAULT_PREFIX + "}") String prefix) {
		return new S3FileStore(chartfolioS3Client, bucket, prefix);
	}

	@Bean
	OrphanedFileCleanup orphanedFileCleanup(S3FileStore s3FileStore, JdbcClient jdbc, TransactionTemplate transactions,
			java.time.Clock clock, @Value("${chartfolio.files.orphan-cleanup.grace:1h}") Duration grace) {
		return new OrphanedFileCleanup(s3FileStore, jdbc, transactions, clock, grace);
	}

	/**
	 * The client the store uses. Checksums are sent and checked only where an operation
	 * requires them: S3-compatible servers other than AWS (MinIO releases, s3rver) do not
	 * all understand the trailing checksums the SDK would otherwise add to every upload.
	 */
	static S3Client client(Settings settings) {
		AwsCredentialsProvider credentials = settings.accessKey().isBlank()
				? DefaultCredentialsProvider.builder().build() : StaticCredentialsProvider
					.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
		ApacheHttpClient.Builder http = ApacheHttpClient.builder()
			.maxConnections(50)
			.connectionTimeout(Duration.ofSeconds(5))
			.socketTimeout(Duration.ofSeconds(60));
		if (settings.certificate() != null && !settings.certificate().isBlank()) {
			TrustManager[] trust = trustManagers(Path.of(settings.certificate()));
			http.tlsTrustManagersProvider(() -> trust);
		}
		var builder = S3Client.builder()
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(http);
		if (!settings.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(settings.endpoint()));
		}
		return builder.build();
	}

	/** Trust managers that trust exactly the certificates in a PEM file. */
	private static TrustManager[] trustManagers(Path pem) {
		try (InputStream in = Files.newInputStream(pem)) {
			KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
			trusted.load(null, null);
			int n = 0;
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				trusted.setCertificateEntry("certificate-" + (n++), certificate);
			}
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trusted);
			return factory.getTrustManagers();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("chartfolio.files.s3.certificate: could not read the certificates in " + pem
					+ ": " + ex.getMessage(), ex);
		}
	}

}
