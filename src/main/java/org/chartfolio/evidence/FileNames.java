package org.chartfolio.evidence;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a kept file is called: a name safe to store, show and send back, whose extension
 * says what the content is (as detected) and is never one that makes a computer run what
 * it names. The same rule names a file when it is kept and again when it is sent back.
 */
final class FileNames {

	private FileNames() {
	}

	static final int MAX_NAME_LENGTH = 150;

	/**
	 * The extensions a kept type may carry, the first being the one given to a name
	 * without any of them. A name's extension is what decides, on the reader's computer,
	 * which program opens the download; so it must say what the content is.
	 */
	static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(Map.entry("application/pdf", List.of("pdf")),
			Map.entry("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif")), Map.entry("image/png", List.of("png")),
			Map.entry("image/gif", List.of("gif")), Map.entry("image/webp", List.of("webp")),
			Map.entry("text/plain", List.of("txt", "text", "md")), Map.entry("text/csv", List.of("csv")),
			Map.entry("application/msword", List.of("doc", "dot")),
			Map.entry("application/vnd.ms-excel", List.of("xls", "xlt")),
			Map.entry("application/vnd.ms-powerpoint", List.of("ppt", "pps", "pot")),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
			Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
			Map.entry("application/vnd.oasis.opendocument.presentation", List.of("odp")));

	/**
	 * Extensions that make Windows, macOS or a browser run, install or render what they
	 * name. They are taken off a name before the type's own extension goes on, so that
	 * none is ever the last part of a stored or downloaded name ({@code minutes.hta}
	 * holding text becomes {@code minutes.txt}).
	 */
	static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "com", "scr", "pif", "bat", "cmd", "btm", "vbs",
			"vbe", "js", "jse", "mjs", "wsf", "wsh", "wsc", "ws", "hta", "url", "reg", "ps1", "ps1xml", "ps2", "psc1",
			"psd1", "psm1", "msc", "msi", "msp", "mst", "msh", "lnk", "jar", "jnlp", "cpl", "inf", "ins", "isp", "scf",
			"sct", "shb", "shs", "dll", "ocx", "sys", "drv", "application", "appref-ms", "gadget", "chm", "hlp", "iso",
			"img", "vhd", "vhdx", "xll", "xlam", "docm", "dotm", "xlsm", "xltm", "pptm", "potm", "ppsm",
			"settingcontent-ms", "library-ms", "search-ms", "diagcab", "htm", "html", "xhtml", "shtml", "mht", "mhtml",
			"svg", "xml", "xsl", "sh", "bash", "zsh", "csh", "command", "tool", "desktop", "app", "pkg", "dmg", "deb",
			"rpm", "apk", "py", "pyw", "pl", "rb", "php", "asp", "aspx", "jsp", "cgi", "website", "webloc", "scpt",
			"action", "workflow");

	/**
	 * A name that is safe to store, show and send back in Content-Disposition: the last
	 * path segment only, no control or bidi formatting characters, no leading dots, at
	 * most {@link #MAX_NAME_LENGTH} characters with the extension kept.
	 */
	static String sanitiseName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
		name = name.replaceAll("[\"<>:|?*]", "_");
		name = name.replaceAll("\\s+", " ").strip();
		name = name.replaceFirst("^\\.+", "").strip();
		if (name.isEmpty()) {
			return "file";
		}
		if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		int keep = MAX_NAME_LENGTH - extension.length();
		return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
	}

	/**
	 * The name (already made safe by {@link #sanitiseName}) with an extension that says
	 * what the content is: kept when its extension is one of the type's, otherwise with
	 * executable extensions taken off the end and the type's own added
	 * ({@code minutes.hta} of text is {@code minutes.txt}, {@code minutes.2024} of text
	 * {@code minutes.2024.txt}). For a type without extensions of its own only the
	 * executable ones are taken off. Used for every stored name and again for every
	 * download name, so that a name stored before this rule never reaches a download
	 * either.
	 */
	static String nameFor(String name, String type) {
		List<String> extensions = EXTENSIONS.getOrDefault(type, List.of());
		if (extensions.contains(extension(name))) {
			return name;
		}
		String base = name;
		while (EXECUTABLE_EXTENSIONS.contains(extension(base))) {
			base = base.substring(0, base.lastIndexOf('.')).strip();
		}
		base = base.replaceFirst("\\.+$", "").strip();
		if (!base.isEmpty() && extensions.contains(extension(base))) {
			return base;
		}
		if (extensions.isEmpty()) {
			return base.isEmpty() ? "file" : base;
		}
		String suffix = "." + extensions.get(0);
		if (base.isEmpty()) {
			base = "file";
		}
		int room = MAX_NAME_LENGTH - suffix.length();
		if (base.codePointCount(0, base.length()) > room) {
			base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
		}
		return base + suffix;
	}

	/** The extension of a name, lower-cased, without the dot; empty for none. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot + 1).strip().toLowerCase(Locale.ROOT) : "";
	}

}
