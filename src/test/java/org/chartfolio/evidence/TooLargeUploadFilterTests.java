package org.chartfolio.evidence;

import java.util.Collection;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class TooLargeUploadFilterTests {

	private final TooLargeUploadFilter filter = new TooLargeUploadFilter(DataSize.ofKilobytes(100));

	@Test
	void anUploadOverTheServersLimitGoesBackToItsFormMarkedTooLarge() throws Exception {
		for (String form : new String[] { "/portfolios/7/evidence/new", "/portfolios/7/evidence/import/new",
				"/portfolios/import" }) {
			MockHttpServletResponse response = post(partsOverTheLimit(form, 10));

			assertThat(response.getStatus()).as(form).isEqualTo(303);
			assertThat(response.getHeader("Location")).isEqualTo(form + "?tooLarge");
		}
	}

	@Test
	void archivesMayBeLargerThanAnEvidenceUpload() throws Exception {
		MockHttpServletResponse evidence = post(multipart("/portfolios/7/evidence/new", 150));
		MockHttpServletResponse leap2a = post(multipart("/portfolios/7/evidence/import/new", 150));
		MockHttpServletResponse small = post(multipart("/portfolios/7/evidence/new", 50));

		assertThat(evidence.getStatus()).isEqualTo(303);
		assertThat(leap2a.getStatus()).isEqualTo(200);
		assertThat(small.getStatus()).isEqualTo(200);
	}

	@Test
	void otherRequestsPassUntouched() throws Exception {
		MockHttpServletResponse other = post(partsOverTheLimit("/portfolios/7/evidence/3/files", 10));

		assertThat(other.getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse post(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest multipart(String path, int kilobytes) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType("multipart/form-data; boundary=x");
		request.setContent(new byte[kilobytes * 1024]);
		return request;
	}

	private static MockHttpServletRequest partsOverTheLimit(String path, int kilobytes) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
			@Override
			public Collection<Part> getParts() throws ServletException {
				throw new IllegalStateException(new SizeLimitExceededException("too big", 2, 1));
			}
		};
		request.setContentType("multipart/form-data; boundary=x");
		request.setContent(new byte[kilobytes * 1024]);
		return request;
	}

}
