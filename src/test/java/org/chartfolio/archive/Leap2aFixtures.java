package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chartfolio.support.TestFiles;

/**
 * Leap2A uploads for the tests: exports shaped like Mahara's and PebblePad's (the feeds
 * in src/test/resources/leap2a), zipped with their files, and hostile ones.
 */
final class Leap2aFixtures {

	static final byte[] PNG = TestFiles.png();

	private Leap2aFixtures() {
	}

	static String feed(String name) {
		try (InputStream in = Leap2aFixtures.class.getResourceAsStream("/leap2a/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A Mahara export: a file, a journal post embedding an image, a page with two parts,
	 * a plan with a task.
	 */
	static byte[] mahara() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("leap2a.xml", feed("mahara.xml").getBytes(StandardCharsets.UTF_8));
		files.put("files/", null);
		files.put("files/21-Induction session handout.pdf", TestFiles.PDF);
		files.put("files/22-stand.png", PNG);
		return zip(files);
	}

	/** A PebblePad export with its feedback file (the missing scan stays missing). */
	static byte[] pebblePad() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("leap2a.xml", feed("pebblepad.xml").getBytes(StandardCharsets.UTF_8));
		files.put("assets/files/feedback.txt",
				"Well drafted; consult legal on the seven-year rule.".getBytes(StandardCharsets.UTF_8));
		return zip(files);
	}

	/** A one-entry feed whose resource encloses {@code href}. */
	static String oneFile(String href) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
				      xmlns:leap2="http://terms.leapspecs.org/">
				  <leap2:version>http://www.leapspecs.org/2010-07/2A/</leap2:version>
				  <id>urn:test</id><title>Test</title><updated>2024-01-01T00:00:00Z</updated>
				  <entry><id>urn:test:1</id><title>Report</title><updated>2024-01-01T00:00:00Z</updated>
				    <content type="text">A report</content>
				    <rdf:type rdf:resource="leap2:resource"/>
				    <link rel="enclosure" href="%s" type="application/pdf"/>
				  </entry>
				</feed>
				""".formatted(href);
	}

	static final String XXE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!DOCTYPE feed [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
			<feed xmlns="http://www.w3.org/2005/Atom" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
			  <id>urn:x</id><title>x</title><updated>2024-01-01T00:00:00Z</updated>
			  <entry><id>urn:x:1</id><title>&secret;</title><updated>2024-01-01T00:00:00Z</updated>
			    <content type="text">&secret;</content><rdf:type rdf:resource="leap2:entry"/></entry>
			</feed>
			""";

	static final String BILLION_LAUGHS = """
			<?xml version="1.0"?>
			<!DOCTYPE feed [
			  <!ENTITY lol "lol">
			  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
			  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
			  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
			  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
			  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
			  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
			  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
			  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
			  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
			]>
			<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id><title>&lol9;</title></feed>
			""";

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				if (entry.getValue() != null) {
					zip.write(entry.getValue());
				}
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
