package org.chartfolio.pksb;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chartfolio.account.NotAnAdministratorException;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PksbScene;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports touch the framework every test shares, so these use an area the other tests
 * leave alone (Records management and archiving) and a scale with the same levels as the
 * one shipped.
 */
@IntegrationTest
class FrameworkImportTests {

	@Autowired
	private PksbFramework framework;

	@Autowired
	private PksbService pksb;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private PksbScene choices;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MockMvc mvc;

	@Test
	void anAdministratorImportsSubAreasThatCandidatesThenAssess() {
		SignedInUser administrator = this.fixtures.administrator();
		PksbFramework.Imported imported = this.framework.importCsv(administrator, "general", bytes("""
				kind,area,code,text
				sub-area,Records management and archiving,7.1,Records management principles
				sub-area,Records management and archiving,7.2,Archive management
				"""));
		assertThat(imported.added() + imported.renamed()).isEqualTo(2);

		PksbFramework.FrameworkView view = this.framework.framework(administrator, "general");
		assertThat(view.areas()).filteredOn((area) -> area.name().equals("Records management and archiving"))
			.singleElement()
			.satisfies((area) -> assertThat(area.subAreas()).extracting(PksbFramework.FrameworkView.SubAreaView::code)
				.contains("7.1", "7.2"));
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		assertThat(this.pksb.assessment(p.candidate(), p.id()).choices()).extracting(PksbView.Choice::label)
			.contains("Records management and archiving: 7.1 Records management principles")
			.doesNotContain("Records management and archiving");

		this.framework.importCsv(administrator, "general", bytes("""
				kind,area,code,text
				sub-area,Records management and archiving,7.2,Archives and special collections
				"""));
		assertThat(this.pksb.assessment(p.candidate(), p.id()).choices()).extracting(PksbView.Choice::label)
			.contains("Records management and archiving: 7.2 Archives and special collections");
	}

	@Test
	void aFileWithAnyProblemImportsNothing() {
		SignedInUser administrator = this.fixtures.administrator();
		assertThatExceptionOfType(PksbFramework.ImportRefused.class)
			.isThrownBy(() -> this.framework.importCsv(administrator, "general", bytes("""
					kind,area,code,text
					sub-area,Records management and archiving,7.9,Should not stay
					sub-area,Nowhere,1,Not an area
					""")))
			.satisfies((refused) -> assertThat(refused.problems()).extracting(PksbFramework.ImportRefused.Problem::line)
				.containsExactly(3));
		assertThat(this.framework.framework(administrator, "general").areas()).flatExtracting((area) -> area.subAreas())
			.extracting(PksbFramework.FrameworkView.SubAreaView::code)
			.doesNotContain("7.9");
		assertThatExceptionOfType(PksbFramework.ImportRefused.class).isThrownBy(
				() -> this.framework.importCsv(administrator, "general", new byte[] { (byte) 0xC3, (byte) 0x28 }));
	}

	@Test
	void aScaleThatDropsALevelInUseIsRefused() {
		SignedInUser administrator = this.fixtures.administrator();
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		long item = this.choices.choose(p.candidate(), p.id(), "Knowledge management");
		this.pksb.rate(p.candidate(), p.id(), item, new PksbService.RatingEdit(3, 4, "", 0));

		assertThatExceptionOfType(PksbFramework.ImportRefused.class)
			.isThrownBy(() -> this.framework.importCsv(administrator, "general",
					bytes("kind,area,code,text\nlevel,,0,None\nlevel,,1,Some\nlevel,,2,Lots\n")))
			.satisfies((refused) -> assertThat(refused.problems())
				.extracting(PksbFramework.ImportRefused.Problem::messageKey)
				.containsExactly("pksb.import.levelInUse", "pksb.import.levelInUse"));

		this.framework.importCsv(administrator, "general", bytes("""
				kind,area,code,text
				level,,0,No knowledge or skills
				level,,1,Basic knowledge or skills
				level,,2,Good knowledge or skills
				level,,3,Very good knowledge or skills
				level,,4,Expert knowledge or skills
				"""));
		assertThat(this.framework.framework(administrator, "general").scale()).hasSize(5);
	}

	@Test
	void anybodyElseGetsNotFound() throws Exception {
		SignedInUser candidate = this.fixtures.person("Candidate");
		assertThatExceptionOfType(NotAnAdministratorException.class)
			.isThrownBy(() -> this.framework.framework(candidate, "general"));
		assertThatExceptionOfType(NotAnAdministratorException.class).isThrownBy(() -> this.framework
			.importCsv(candidate, "general", bytes("kind,area,code,text\nlevel,,0,x\nlevel,,1,y\n")));
		this.mvc.perform(get("/admin/pksb").with(user(candidate))).andExpect(status().isNotFound());
		this.mvc.perform(csvUpload(candidate, bytes("kind,area,code,text\nlevel,,0,x\nlevel,,1,y\n")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/pksb")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theImportPageListsProblemsByLine() throws Exception {
		SignedInUser administrator = this.fixtures.administrator();
		this.mvc.perform(csvUpload(administrator, bytes("kind,area,code,text\nsub-area,Nowhere,1,x\n")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Line 2: There is no area called &quot;Nowhere&quot;.")));
	}

	@Test
	void anImportIntoTheKnowledgeManagementFrameworkCompletesItAndLeavesTheGeneralOneUntouched() {
		SignedInUser administrator = this.fixtures.administrator();
		PksbFramework.FrameworkView generalBefore = this.framework.framework(administrator, "general");
		PksbFramework.Imported imported = this.framework.importCsv(administrator, "km",
				bytes("""
						kind,area,code,text
						sub-area,Using and exploiting knowledge and information,3.1,Knowledge sharing
						area,Using and exploiting knowledge and information,iso30401,Using and exploiting knowledge and information
						area,Literacies and learning,-,Learning and development
						"""));
		assertThat(imported.added()).isEqualTo(1);
		assertThat(imported.confirmed()).isEqualTo(2);

		PksbFramework.FrameworkView km = this.framework.framework(administrator, "km");
		assertThat(km.name()).isEqualTo("PKSB for Knowledge Management");
		assertThat(km.areas())
			.filteredOn((area) -> area.name().equals("Using and exploiting knowledge and information"))
			.singleElement()
			.satisfies((area) -> {
				assertThat(area.iso30401()).isTrue();
				assertThat(area.toConfirm()).isNull();
				assertThat(area.subAreas()).extracting(PksbFramework.FrameworkView.SubAreaView::code)
					.containsExactly("3.1");
			});
		assertThat(km.areas()).extracting(PksbFramework.FrameworkView.AreaView::name)
			.contains("Learning and development")
			.doesNotContain("Literacies and learning");
		assertThat(km.areas()).filteredOn((area) -> area.name().equals("Ethics and values"))
			.singleElement()
			.satisfies((area) -> assertThat(area.toConfirm()).startsWith("To be confirmed by an administrator"));

		PksbFramework.FrameworkView generalAfter = this.framework.framework(administrator, "general");
		assertThat(generalAfter.areas()).isEqualTo(generalBefore.areas());
		assertThat(generalAfter.scale()).isEqualTo(generalBefore.scale());

		Portfolio p = this.scene.candidate("KM candidate").portfolio("km-chartership");
		assertThat(this.pksb.assessment(p.candidate(), p.id()).choices()).extracting(PksbView.Choice::label)
			.contains("Using and exploiting knowledge and information: 3.1 Knowledge sharing",
					"Learning and development");
		long general = this.fixtures.portfolio(p.candidate(), "chartership");
		assertThat(this.pksb.assessment(p.candidate(), general).choices()).extracting(PksbView.Choice::label)
			.contains("Using and exploiting knowledge and information", "Literacies and learning");
	}

	@Test
	void aKnowledgeManagementScaleIsItsOwn() {
		SignedInUser administrator = this.fixtures.administrator();
		List<Scale.Level> general = this.framework.framework(administrator, "general").scale();
		this.framework.importCsv(administrator, "km", bytes("""
				kind,area,code,text
				level,,0,None
				level,,1,Aware
				level,,2,Practising
				level,,3,Leading
				level,,4,Expert
				level,,5,Shaping the field
				"""));
		assertThat(this.framework.framework(administrator, "km").scale()).extracting(Scale.Level::label)
			.containsExactly("None", "Aware", "Practising", "Leading", "Expert", "Shaping the field");
		assertThat(this.framework.framework(administrator, "general").scale()).isEqualTo(general);
		assertThatExceptionOfType(PksbFramework.UnknownFramework.class).isThrownBy(() -> this.framework
			.importCsv(administrator, "nonsense", bytes("kind,area,code,text\nlevel,,0,x\nlevel,,1,y\n")));
	}

	/** This person uploads a CSV of this content on the framework's admin page. */
	private static RequestBuilder csvUpload(SignedInUser person, byte[] csv) {
		return multipart("/admin/pksb/import").file(new MockMultipartFile("file", "f.csv", "text/csv", csv))
			.with(user(person))
			.with(csrf());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
