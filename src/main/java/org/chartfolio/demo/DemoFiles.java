package org.chartfolio.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The demo's files, drawn when the demo runs rather than shipped as binaries: a photo of
 * a library display, a one-page certificate as PDF, and meeting minutes as text.
 */
final class DemoFiles {

	private DemoFiles() {
	}

	/** A picture of a summer reading display: shelves, books and a banner. */
	static byte[] displayPhoto() {
		BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0xf4efe6));
		g.fillRect(0, 0, 1200, 800);
		g.setColor(new Color(0x1d6fa5));
		g.fillRect(100, 60, 1000, 150);
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
		g.drawString("Summer Reading Challenge", 170, 160);
		Color[] covers = { new Color(0xe4572e), new Color(0x29335c), new Color(0xf3a712), new Color(0x669bbc),
				new Color(0x8cb369) };
		for (int shelf = 0; shelf < 3; shelf++) {
			int y = 300 + shelf * 160;
			g.setColor(new Color(0x8b5a2b));
			g.fillRect(100, y + 120, 1000, 20);
			for (int book = 0; book < 16; book++) {
				g.setColor(covers[(book + shelf) % covers.length]);
				g.fillRect(120 + book * 60, y + 10 + (book % 3) * 8, 46, 110 - (book % 3) * 8);
			}
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A one-page A4 PDF certificate, written by hand: the format is simple enough for
	 * that.
	 */
	static byte[] certificate(String name) {
		String text = "BT /F1 28 Tf 72 720 Td (Certificate of Completion) Tj ET\n"
				+ "BT /F1 16 Tf 72 660 Td (First Aid at Work - three-day course) Tj ET\n"
				+ "BT /F1 16 Tf 72 620 Td (Awarded to " + name.replaceAll("[()\\\\]", "") + ") Tj ET\n"
				+ "BT /F1 12 Tf 72 580 Td (Valid for three years from the date of issue.) Tj ET\n";
		List<String> objects = new ArrayList<>();
		objects.add("<< /Type /Catalog /Pages 2 0 R >>");
		objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
				+ "/Resources << /Font << /F1 5 0 R >> >> >>");
		objects.add(
				"<< /Length " + text.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + text + "endstream");
		objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] minutes() {
		return """
				Career Development Group, West Midlands: committee meeting

				Present: chair, secretary, treasurer, events officer, two members.

				1. Minutes of the last meeting agreed.
				2. Events: Lisa Marsh agreed to take on the events role and to plan a
				   visit to the university library in the spring.
				3. Treasurer's report: budget for two events this year.
				4. Any other business: none.
				""".getBytes(StandardCharsets.UTF_8);
	}

}
