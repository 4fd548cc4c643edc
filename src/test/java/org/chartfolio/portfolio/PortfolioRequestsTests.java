package org.chartfolio.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.Endpoints;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.JdbcRecorder;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How a portfolio request is authorised: once, against the permission its handler states.
 */
@IntegrationTest
class PortfolioRequestsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Endpoints endpoints;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private JdbcRecorder jdbc;

	@Test
	void everyHandlerThatNamesAPortfolioStatesThePermissionItNeeds() {
		List<String> silent = new ArrayList<>();
		this.endpoints.handlers().forEach((info, handler) -> {
			boolean namesPortfolio = info.getPatternValues().stream().anyMatch((p) -> p.contains("{portfolioId"));
			if (namesPortfolio && PortfolioRequests.required(handler) == null) {
				silent.add(handler.getShortLogMessage());
			}
		});
		assertThat(silent).as("portfolio handlers without @Requires").isEmpty();
	}

	/** Stands in for a handler somebody forgot to annotate. */
	static class Forgetful {

		String page() {
			return "page";
		}

	}

	@Test
	void aHandlerThatStatesNoPermissionIsRefusedBeforeAnythingIsRead() throws Exception {
		PortfolioAccess access = mock(PortfolioAccess.class);
		PortfolioRequests requests = new PortfolioRequests(access);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portfolios/7/page");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("portfolioId", "7"));
		HandlerMethod handler = new HandlerMethod(new Forgetful(), Forgetful.class.getDeclaredMethod("page"));

		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> requests.preHandle(request, new MockHttpServletResponse(), handler));
		verifyNoInteractions(access);
	}

	@Test
	void thePersonsStandingIsReadOncePerRequestHoweverManyServicesCheckIt() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").mentor("Mentor").portfolio("certification");
		long section = p.section(0).id();

		// The review page asks, through four services, whether the mentor may read the
		// portfolio.
		JdbcRecorder.Recording review = this.jdbc.record(() -> this.mvc
			.perform(get("/portfolios/{p}/sections/{s}/review", p.id(), section).with(user(p.mentor())))
			.andExpect(status().isOk()));

		assertThat(review.statementsContaining("from portfolio p where p.id")).isEqualTo(1);
	}

	@Test
	void aMentorWhoseAccessEndsIsRefusedOnTheirNextRequest() throws Exception {
		Portfolio p = this.scene.candidate("Candidate").mentor("Mentor").portfolio("certification");
		this.mvc.perform(get("/portfolios/{p}", p.id()).with(user(p.mentor()))).andExpect(status().isOk());

		this.scene.end(p, p.mentor());

		this.mvc.perform(get("/portfolios/{p}", p.id()).with(user(p.mentor()))).andExpect(status().isNotFound());
	}

	@Test
	void aPathThatIsNotAPortfolioIdIsNotFound() throws Exception {
		SignedInUser candidate = this.scene.person("Candidate");
		this.mvc.perform(get("/portfolios/{p}/evidence", "not-a-number").with(user(candidate)))
			.andExpect(status().isNotFound());
	}

}
