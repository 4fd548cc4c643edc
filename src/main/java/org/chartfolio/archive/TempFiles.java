package org.chartfolio.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The working copies of uploads and exports, which an import or a freeze removes when
 * done.
 */
final class TempFiles {

	private TempFiles() {
	}

	/**
	 * Removes the file, or, when the system will not let go of it now, when the JVM ends;
	 * nothing for null (the file was never made).
	 */
	static void delete(Path temp) {
		if (temp != null) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				temp.toFile().deleteOnExit();
			}
		}
	}

}
