package org.chartfolio.evidence;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of evidence files live, by key. Metadata stays in
 * {@code evidence_file}; a store only keeps contents, so another one (a bucket, a disk)
 * can replace the default without touching the rest of the module.
 */
interface FileStore {

	/**
	 * Keeps {@code length} bytes read from {@code content} under {@code key}, in the
	 * caller's transaction.
	 */
	void put(String key, InputStream content, long length);

	/** The contents kept under {@code key}, read lazily; the caller closes the stream. */
	Optional<InputStream> open(String key);

	void delete(String key);

}
