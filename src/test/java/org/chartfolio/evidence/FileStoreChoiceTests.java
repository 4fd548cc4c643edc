package org.chartfolio.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class FileStoreChoiceTests {

	@Test
	void acceptsTheTwoStores() {
		assertThatNoException().isThrownBy(() -> FileStoreChoice.check("postgres"));
		assertThatNoException().isThrownBy(() -> FileStoreChoice.check("s3"));
	}

	@Test
	void refusesAnythingElseSayingWhatIsAllowed() {
		assertThatIllegalStateException().isThrownBy(() -> FileStoreChoice.check("S3 "))
			.withMessage("chartfolio.files.store (CHARTFOLIO_FILES_STORE) is 'S3 ': it must be postgres (files in the "
					+ "database) or s3 (files in an S3-compatible bucket)");
	}

}
