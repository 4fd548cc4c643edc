package org.chartfolio.pksb;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PksbScene;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the candidate and the administrator see when the PKSB pages refuse something: the
 * reason, where it applies.
 */
@IntegrationTest
class PksbWebTests {

	@Autowired
	private PksbScene choices;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PksbService pksb;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private Fixtures fixtures;

	@Test
	void theRefusedFinalSnapshotNamesTheAreasBesideItsButton() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		this.choices.rate(p.candidate(), p.id(), "Ethics and values", new PksbService.RatingEdit(1, 3, "", 0));

		MvcResult refused = this.mvc
			.perform(post("/portfolios/" + p.id() + "/pksb/snapshots/FINAL").with(user(p.candidate())).with(csrf()))
			.andExpect(redirectedUrl("/portfolios/" + p.id() + "/pksb#snapshot-FINAL"))
			.andReturn();
		assertThat(refused.getFlashMap().get("reflectionsMissing")).isEqualTo(List.of("Ethics and values"));
		String page = this.mvc
			.perform(get("/portfolios/" + p.id() + "/pksb").with(user(p.candidate())).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String message = "Write an end reflection on each area you chose before you take the final snapshot. Still without one: Ethics and values.";
		assertThat(page).contains("id=\"snapshot-FINAL-error\"").contains("aria-describedby=\"snapshot-FINAL-error\"");
		int error = page.indexOf("id=\"snapshot-FINAL-error\"");
		assertThat(page.indexOf(message, error)).as("the message next to the final snapshot").isPositive();
		assertThat(page.substring(0, error)).contains("href=\"#snapshot-FINAL\"");
		assertThat(page.substring(error)).contains("Write the end reflection on Ethics and values");
		assertThat(this.pksb.assessment(p.candidate(), p.id()).hasFinal()).isFalse();
	}

	@Test
	void aReflectionFormKeepsWhatWasTypedAndSaysWhatIsWrongNextToTheField() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").mentor("Mentor").portfolio("chartership");
		this.choices.choose(p.candidate(), p.id(), "Research skills");
		long area = this.pksb.assessment(p.candidate(), p.id()).reflections().get(0).areaId();
		String form = "/portfolios/" + p.id() + "/pksb/areas/" + area + "/reflection";

		this.mvc.perform(get(form + "/edit").with(user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("End reflection: Research skills")));
		this.mvc.perform(post(form).param("text", "   ").param("version", "-1").with(user(p.candidate())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"text-error\"")))
			.andExpect(content()
				.string(containsString("Write your reflection: how your rating changed and what showed it.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(post(form).param("text", "x".repeat(3001))
				.param("version", "-1")
				.with(user(p.candidate()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the reflection under 3,000 characters.")));

		this.mvc
			.perform(post(form).param("text", "From 1 to 3: the survey I ran.")
				.param("version", "-1")
				.with(user(p.candidate()))
				.with(csrf()))
			.andExpect(redirectedUrl("/portfolios/" + p.id() + "/pksb#reflection-" + area));
		this.mvc
			.perform(post(form).param("text", "Typed in an older tab")
				.param("version", "-1")
				.with(user(p.candidate()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This was changed somewhere else since you opened it.")))
			.andExpect(content().string(containsString("Typed in an older tab")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc.perform(get("/portfolios/" + p.id() + "/pksb").with(user(p.mentor())))
			.andExpect(content().string(containsString("From 1 to 3: the survey I ran.")))
			.andExpect(content().string(not(containsString(form + "/edit"))));
		this.mvc.perform(get(form + "/edit").with(user(p.mentor()))).andExpect(status().isNotFound());
		this.mvc.perform(post(form).param("text", "Mine").param("version", "0").with(user(p.mentor())).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAdministratorChoosesTheFrameworkToCompleteAndSeesWhatIsToBeConfirmed() throws Exception {
		SignedInUser administrator = this.fixtures.administrator();
		this.mvc.perform(get("/admin/pksb").param("framework", "km").with(user(administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PKSB for Knowledge Management")))
			.andExpect(content().string(containsString("Organising knowledge and information")))
			.andExpect(content().string(containsString("To be confirmed by an administrator")))
			.andExpect(content().string(containsString("name=\"framework\" value=\"km\"")));
		this.mvc.perform(get("/admin/pksb").param("framework", "nonsense").with(user(administrator)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/pksb/import")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "f.csv", "text/csv",
						"kind,area,code,text\narea,Data management,iso30401,Data management\n".getBytes()))
				.param("framework", "km")
				.with(user(administrator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Line 2: There is no area called &quot;Data management&quot;.")))
			.andExpect(content().string(containsString("name=\"framework\" value=\"km\"")));
	}

}
