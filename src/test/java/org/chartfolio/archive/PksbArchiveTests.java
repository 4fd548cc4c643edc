package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.PksbView;
import org.chartfolio.pksb.SnapshotKind;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PksbScene;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The PKSB end reflections and the framework travel in the ZIP: a Knowledge Management
 * portfolio comes back with its KM areas and reflections, and a ZIP from before either
 * still imports.
 */
@IntegrationTest
class PksbArchiveTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private PksbScene choices;

	@Autowired
	private ArchiveService archive;

	@Autowired
	private PksbService pksb;

	@Autowired
	private Fixtures fixtures;

	@Test
	void aKnowledgeManagementPortfolioComesBackWithItsFrameworkAndEndReflections() throws Exception {
		SignedInUser candidate = this.fixtures.person("Kim Knowledge");
		long original = this.fixtures.portfolio(candidate, "km-chartership");
		this.choices.rate(candidate, original, "Organising knowledge and information",
				new PksbService.RatingEdit(1, 3, "The taxonomy project", 0));
		this.pksb.snapshot(candidate, original, SnapshotKind.INITIAL);
		PksbView.Reflection area = this.pksb.assessment(candidate, original).reflections().get(0);
		this.pksb.reflect(candidate, original, area.areaId(), new PksbService.ReflectionEdit(
				"From 1 to 3: the taxonomy now runs the intranet search.", area.version()));
		this.pksb.snapshot(candidate, original, SnapshotKind.FINAL);

		byte[] zip = export(candidate, original);
		JsonNode pksbDoc = JSON.readTree(ArchiveScene.unzip(zip).get("portfolio.json")).path("portfolio").path("pksb");
		assertThat(pksbDoc.path("framework").asString()).isEqualTo("km");
		assertThat(pksbDoc.path("reflections").get(0).path("area").asString())
			.isEqualTo("Organising knowledge and information");

		SignedInUser other = this.fixtures.person("Someone Else");
		long imported = this.archive.importArchive(other, new ByteArrayResource(zip));
		PksbView view = this.pksb.assessment(other, imported);
		assertThat(view.frameworkName()).isEqualTo("PKSB for Knowledge Management");
		assertThat(view.hasFinal()).isTrue();
		assertThat(view.rows()).extracting(PksbView.Row::name, PksbView.Row::end)
			.containsExactly(tuple("Organising knowledge and information", 1));
		assertThat(view.reflections()).extracting(PksbView.Reflection::areaName, PksbView.Reflection::text)
			.containsExactly(tuple("Organising knowledge and information",
					"From 1 to 3: the taxonomy now runs the intranet search."));
		assertThat(JSON.readTree(ArchiveScene.unzip(export(other, imported)).get("portfolio.json"))
			.path("portfolio")
			.path("pksb")).isEqualTo(pksbDoc);
	}

	@Test
	void aZipFromBeforeReflectionsAndFrameworksStillImportsIntoTheGeneralPksb() throws Exception {
		SignedInUser candidate = this.fixtures.person("Olive Older");
		long original = this.fixtures.portfolio(candidate, "chartership");
		this.choices.rate(candidate, original, "Ethics and values", new PksbService.RatingEdit(2, 3, "", 0));
		this.pksb.snapshot(candidate, original, SnapshotKind.INITIAL);
		Map<String, byte[]> old = new LinkedHashMap<>(ArchiveScene.unzip(export(candidate, original)));
		ObjectNode doc = (ObjectNode) JSON.readTree(old.get("portfolio.json"));
		ObjectNode pksbDoc = (ObjectNode) doc.path("portfolio").path("pksb");
		pksbDoc.remove("framework");
		pksbDoc.remove("reflections");
		old.put("portfolio.json", JSON.writeValueAsBytes(doc));

		SignedInUser other = this.fixtures.person("Someone Else");
		long imported = this.archive.importArchive(other, new ByteArrayResource(ArchiveScene.zip(old)));
		PksbView view = this.pksb.assessment(other, imported);
		assertThat(view.frameworkName()).isEqualTo(this.pksb.assessment(candidate, original).frameworkName());
		assertThat(view.rows()).extracting(PksbView.Row::name, PksbView.Row::start)
			.containsExactly(tuple("Ethics and values", 2));
		assertThat(view.areasWithoutReflection()).containsExactly("Ethics and values");
	}

	private byte[] export(SignedInUser owner, long portfolioId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.archive.export(owner, portfolioId, out);
		return out.toByteArray();
	}

}
