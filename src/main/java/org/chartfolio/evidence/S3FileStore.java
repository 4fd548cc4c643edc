package org.chartfolio.evidence;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A {@link FileStore} in an S3-compatible bucket (AWS S3, MinIO, ...), chosen with
 * {@code chartfolio.files.store=s3} (see {@link S3FileStoreConfiguration}). A bucket
 * takes no part in the database's transaction, so the order does the work: the object is
 * written first, before the caller writes the row that names it, and an object is deleted
 * only once the transaction that dropped its row has committed. What a crash can still
 * leave (an object whose row never committed) is an orphan without a row, which
 * {@link OrphanedFileCleanup} removes; never a row without its object.
 * <p>
 * Both directions stream: an upload is sent from its stream with its known length, and a
 * read hands out the HTTP response's own stream.
 */
class S3FileStore implements FileStore {

	private static final Logger log = LoggerFactory.getLogger(S3FileStore.class);

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	S3FileStore(S3Client s3, String bucket, String prefix) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	String bucket() {
		return this.bucket;
	}

	/**
	 * The part of every object's name before the key: the objects this store owns, and
	 * the cleanup looks at.
	 */
	String prefix() {
		return this.prefix;
	}

	String objectName(String key) {
		return this.prefix + key;
	}

	@Override
	public void put(String key, InputStream content, long length) {
		String name = objectName(key);
		this.s3.putObject((request) -> request.bucket(this.bucket).key(name).contentLength(length),
				RequestBody.fromInputStream(content, length));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// The row naming it will not exist: remove the object now rather than leave
			// it to the cleanup.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						deleteQuietly(name);
					}
				}
			});
		}
	}

	@Override
	public Optional<InputStream> open(String key) {
		try {
			return Optional.of(this.s3.getObject((request) -> request.bucket(this.bucket).key(objectName(key))));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) {
		String name = objectName(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Until the transaction commits the row still names the object, and a
			// rollback keeps it.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteQuietly(name);
				}
			});
		}
		else {
			deleteObject(name);
		}
	}

	void deleteObject(String name) {
		this.s3.deleteObject((request) -> request.bucket(this.bucket).key(name));
	}

	/**
	 * After a commit nothing can be undone any more: a failed delete leaves an orphan for
	 * the cleanup.
	 */
	private void deleteQuietly(String name) {
		try {
			deleteObject(name);
		}
		catch (SdkException ex) {
			log.warn("Could not delete {} from bucket {} ({}); the orphaned-file cleanup will retry", name, this.bucket,
					ex.getMessage());
		}
	}

	/** Every object under this store's prefix, page by page. */
	void forEachObject(Consumer<S3Object> action) {
		this.s3.listObjectsV2Paginator((request) -> request.bucket(this.bucket).prefix(this.prefix))
			.contents()
			.forEach(action);
	}

}
