package org.chartfolio.support;

import org.chartfolio.account.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page read through MockMvc, which must be there: {@code pages.as(person, "/")} is the
 * home page's HTML as that person sees it, for a test to check with AssertJ; and a form
 * sent by a person, as their browser sends it, with the CSRF token:
 * {@code pages.send(person, post(path).param(...))}. For the {@link IntegrationTest}
 * contexts, the ones with MockMvc.
 */
@Scene
public class Pages {

	private final ObjectProvider<MockMvc> mvc;

	Pages(ObjectProvider<MockMvc> mvc) {
		this.mvc = mvc;
	}

	/** The page at this path as this person sees it. */
	public String as(SignedInUser person, String path) throws Exception {
		return shown(get(path).with(user(person)));
	}

	/** The page at this path as somebody signed out sees it. */
	public String signedOut(String path) throws Exception {
		return shown(get(path));
	}

	/** The page this request shows, which must be there. */
	public String shown(RequestBuilder request) throws Exception {
		return this.mvc.getObject()
			.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Checks that this person finds nothing at this path: the app answers 404, as it does
	 * for a page that is not theirs to see.
	 */
	public void assertNotFound(SignedInUser person, String path) throws Exception {
		this.mvc.getObject().perform(get(path).with(user(person))).andExpect(status().isNotFound());
	}

	/**
	 * This person sends the form, with its CSRF token; what came back, for a test to
	 * check.
	 */
	public ResultActions send(SignedInUser person, MockHttpServletRequestBuilder form) throws Exception {
		return this.mvc.getObject().perform(form.with(user(person)).with(csrf()));
	}

	/**
	 * The page this person's form comes back on when the app refuses what it holds: the
	 * form again, with the errors, which must be there.
	 */
	public String refused(SignedInUser person, MockHttpServletRequestBuilder form) throws Exception {
		return shown(form.with(user(person)).with(csrf()));
	}

	/** Where this person's form, which the app must take, redirects them to. */
	public String redirected(SignedInUser person, MockHttpServletRequestBuilder form) throws Exception {
		return send(person, form).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

}
