package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.ZipFile;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

/**
 * Run in a child JVM by {@link ArchiveStreamingTests}: opens a ZIP with the reader as the
 * app configures it (default limits) and prints how many sections and evidence items it
 * read. {@code whole} instead reads the JSON as the import used to: its bytes whole, then
 * a tree, then records, to show that this could not be done in the same memory.
 */
public final class ArchiveReaderMain {

	private ArchiveReaderMain() {
	}

	public static void main(String[] args) throws Exception {
		Path zip = Path.of(args[0]);
		if (args.length > 1 && args[1].equals("make")) {
			ArchiveStreamingTests.nearTheLimit(zip);
			return;
		}
		if (args.length > 1 && args[1].equals("whole")) {
			try (ZipFile file = new ZipFile(zip.toFile());
					InputStream in = file.getInputStream(file.getEntry("portfolio.json"))) {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				in.transferTo(bytes);
				JsonMapper json = JsonMapper.builder()
					.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.build();
				JsonNode tree = json.readTree(bytes.toByteArray());
				ArchiveDocument document = json.treeToValue(tree, ArchiveDocument.class);
				System.out.println("read " + document.portfolio().evidence().size() + " evidence items whole");
			}
			return;
		}
		ArchiveLimits limits = new ArchiveLimits(DataSize.ofMegabytes(25), DataSize.ofMegabytes(32),
				DataSize.ofGigabytes(2), 5000, 100, 4_000_000);
		ArchiveReader reader = new ArchiveReader(limits, null, new ArchiveRules(Clock.systemUTC()));
		try (ArchiveReader.Verified verified = reader.open(zip)) {
			ArchiveDocument.PortfolioDoc portfolio = verified.document().portfolio();
			System.out.println("read " + portfolio.sections().size() + " sections and " + portfolio.evidence().size()
					+ " evidence items");
		}
	}

}
