package org.chartfolio.support;

import org.chartfolio.account.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page read through MockMvc, which must be there: {@code pages.as(person, "/")} is the
 * home page's HTML as that person sees it, for a test to check with AssertJ. For the
 * {@link IntegrationTest} contexts, the ones with MockMvc.
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

}
