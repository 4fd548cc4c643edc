package org.chartfolio.pksb;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.Administrators;
import org.chartfolio.account.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PKSB framework as administrators see and change it: areas, sub-areas and the rating
 * scale.
 */
@Service
@RequiredArgsConstructor
public class PksbFramework {

	private final PksbAreas areas;

	private final PksbSubAreas subAreas;

	private final PksbLevels levels;

	private final PksbRatings ratings;

	private final Frameworks frameworks;

	private final Administrators administrators;

	/**
	 * One framework (of {@code frameworks}, the ones an administrator can choose): each
	 * area with its sub-areas, and the scale. An area's {@code iso30401} is null and
	 * {@code toConfirm} says what to check while nobody has confirmed it.
	 */
	public record FrameworkView(List<Choice> frameworks, String code, String name, List<AreaView> areas,
			List<Scale.Level> scale) {

		public record Choice(String code, String name) {
		}

		public record AreaView(String name, AreaGroup group, Boolean iso30401, String toConfirm,
				List<SubAreaView> subAreas) {
		}

		public record SubAreaView(String code, String name) {
		}

	}

	/** What an import changed. */
	public record Imported(int levels, int added, int renamed, int confirmed) implements java.io.Serializable {
	}

	/** An import refused; nothing of the file was kept. */
	public static class ImportRefused extends RuntimeException {

		private final transient List<FrameworkCsv.Problem> problems;

		ImportRefused(List<FrameworkCsv.Problem> problems) {
			super(problems.size() + " problems in the framework file");
			this.problems = problems;
		}

		/**
		 * Each problem as a line number (0 for the file as a whole), a message key and
		 * its arguments.
		 */
		public List<Problem> problems() {
			return this.problems.stream()
				.map((p) -> new Problem(p.line(), p.messageKey(), p.arguments().toArray()))
				.toList();
		}

		public record Problem(int line, String messageKey, Object[] arguments) {
		}

	}

	/** No framework has the code in the URL: the page is not found. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class UnknownFramework extends RuntimeException {

		UnknownFramework(String code) {
			super("No PKSB framework " + code);
		}

	}

	/** The framework named by {@code code} (the general one when null). */
	@Transactional(readOnly = true)
	public FrameworkView framework(SignedInUser user, String code) {
		this.administrators.check(user);
		Frameworks.Info chosen = chosen(code);
		Map<Long, List<PksbSubArea>> byArea = this.subAreas.findByFramework(chosen.id())
			.stream()
			.collect(Collectors.groupingBy(PksbSubArea::getAreaId));
		List<FrameworkView.AreaView> areaViews = this.areas.findByFrameworkIdOrderByPosition(chosen.id())
			.stream()
			.map((area) -> new FrameworkView.AreaView(area.getName(), area.getGroup(), area.getIso30401(),
					area.getToConfirm(),
					byArea.getOrDefault(area.getId(), List.of())
						.stream()
						.map((s) -> new FrameworkView.SubAreaView(s.getCode(), s.getName()))
						.toList()))
			.toList();
		return new FrameworkView(
				this.frameworks.all().stream().map((f) -> new FrameworkView.Choice(f.code(), f.name())).toList(),
				chosen.code(), chosen.name(), areaViews,
				this.levels.findByFrameworkIdOrderByLevel(chosen.id())
					.stream()
					.map((l) -> new Scale.Level(l.getLevel(), l.getLabel()))
					.toList());
	}

	private Frameworks.Info chosen(String code) {
		return this.frameworks.byCode((code != null) ? code : Frameworks.GENERAL)
			.orElseThrow(() -> new UnknownFramework(code));
	}

	/**
	 * Imports a framework file into the framework named by {@code code}: all of it or, at
	 * the first problem, none of it; the other frameworks are untouched. Levels in the
	 * file replace the framework's scale (refused while candidates' ratings use a level
	 * the new scale lacks); sub-areas are added, or renamed where the area already has
	 * that code; area lines confirm an area's name and its mapping to BS ISO 30401.
	 * Sub-areas are never removed here, as candidates' ratings point at them.
	 */
	@Transactional
	public Imported importCsv(SignedInUser user, String code, byte[] file) {
		this.administrators.check(user);
		Frameworks.Info chosen = chosen(code);
		if (file.length == 0) {
			throw new ImportRefused(List.of(new FrameworkCsv.Problem(0, "pksb.import.empty", List.of())));
		}
		if (file.length > FrameworkCsv.MAX_BYTES) {
			throw new ImportRefused(List.of(new FrameworkCsv.Problem(0, "pksb.import.tooLarge", List.of())));
		}
		String content;
		try {
			content = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException notText) {
			throw new ImportRefused(List.of(new FrameworkCsv.Problem(0, "pksb.import.encoding", List.of())));
		}
		List<PksbArea> frameworkAreas = this.areas.findByFrameworkIdOrderByPosition(chosen.id());
		Map<String, Long> areaIds = frameworkAreas.stream()
			.collect(Collectors.toMap((a) -> a.getName().toLowerCase(Locale.ROOT), PksbArea::getId));
		FrameworkCsv.Parsed parsed = FrameworkCsv.parse(content, areaIds);
		List<FrameworkCsv.Problem> problems = new ArrayList<>(parsed.problems());
		if (problems.isEmpty() && !parsed.levels().isEmpty()) {
			Set<Integer> offered = parsed.levels().stream().map(Scale.Level::level).collect(Collectors.toSet());
			this.ratings.levelsInUse(chosen.id())
				.stream()
				.filter((level) -> !offered.contains(level))
				.sorted()
				.forEach(
						(level) -> problems.add(new FrameworkCsv.Problem(0, "pksb.import.levelInUse", List.of(level))));
		}
		if (!problems.isEmpty()) {
			throw new ImportRefused(problems);
		}
		if (!parsed.levels().isEmpty()) {
			this.levels.deleteByFramework(chosen.id());
			this.levels.saveAll(
					parsed.levels().stream().map((l) -> new PksbLevel(chosen.id(), l.level(), l.label())).toList());
		}
		Map<Long, PksbArea> areasById = frameworkAreas.stream()
			.collect(Collectors.toMap(PksbArea::getId, Function.identity()));
		for (FrameworkCsv.AreaLine line : parsed.areas()) {
			areasById.get(line.areaId()).confirm(line.name(), line.iso30401());
		}
		Map<String, PksbSubArea> existing = this.subAreas.findByFramework(chosen.id())
			.stream()
			.collect(Collectors.toMap((s) -> s.getAreaId() + "/" + s.getCode().toLowerCase(Locale.ROOT),
					Function.identity()));
		int added = 0;
		int renamed = 0;
		for (FrameworkCsv.SubAreaLine line : parsed.subAreas()) {
			PksbSubArea known = existing.get(line.areaId() + "/" + line.code().toLowerCase(Locale.ROOT));
			if (known == null) {
				this.subAreas.save(new PksbSubArea(line.areaId(), line.line(), line.code(), line.name()));
				added++;
			}
			else {
				known.rename(line.line(), line.name());
				renamed++;
			}
		}
		return new Imported(parsed.levels().size(), added, renamed, parsed.areas().size());
	}

}
