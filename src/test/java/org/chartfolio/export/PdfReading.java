package org.chartfolio.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reading an exported PDF back as an assessor meets it: its bookmarks, its pages' text
 * and its links.
 */
final class PdfReading {

	private PdfReading() {
	}

	/** Every bookmark's title, depth first. */
	static List<String> outlineTitles(PDOutlineNode node) {
		List<String> titles = new ArrayList<>();
		if (node == null) {
			return titles;
		}
		for (PDOutlineItem child : node.children()) {
			titles.add(child.getTitle());
			titles.addAll(outlineTitles(child));
		}
		return titles;
	}

	/** The first page (from 0) whose text contains {@code text}. */
	static int pageContaining(PDDocument pdf, String text) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			if (stripper.getText(pdf).contains(text)) {
				return page - 1;
			}
		}
		throw new AssertionError("no page says " + text);
	}

	/** Each page's text (page 1 at index 0), words in the order a reader sees them. */
	static List<String> pageTexts(PDDocument pdf) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		List<String> pages = new ArrayList<>();
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			pages.add(stripper.getText(pdf));
		}
		return pages;
	}

	/** The pages (from 0) that the internal links on a page go to. */
	static List<Integer> linkTargets(PDDocument pdf, int page) throws IOException {
		List<Integer> targets = new ArrayList<>();
		for (PDAnnotation annotation : pdf.getPage(page).getAnnotations()) {
			if (annotation instanceof PDAnnotationLink link) {
				var destination = (link.getAction() instanceof PDActionGoTo goTo) ? goTo.getDestination()
						: link.getDestination();
				if (destination instanceof PDPageDestination pageDestination) {
					targets.add(pdf.getPages().indexOf(pageDestination.getPage()));
				}
			}
		}
		return targets;
	}

}
