package org.chartfolio.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The app's own assets and the webjars, each under its own path, instead of Spring Boot's
 * default handler for {@code /**}. Every link a template writes passes through the
 * resource chain to be given its versioned URL; with a handler for {@code /**}, each link
 * to a page ({@code /portfolios/3/evidence}) was also looked up on the classpath and
 * missed, uncached, once per link per page. Mapped like this, a page link matches no
 * asset pattern and costs nothing.
 * <ul>
 * <li>{@code /webjars/**}: version-less in templates
 * ({@code /webjars/bootstrap/css/bootstrap.min.css}), written with the webjar's version
 * by webjars-locator-lite, so a new version is a new URL.</li>
 * <li>{@code /css/**}, {@code /js/**}, {@code /images/**}: written with a hash of their
 * content ({@code /css/app-3f2a....css}), so a changed file is a new URL.</li>
 * </ul>
 * Both are cached by browsers for a year; the URL changes whenever the content does.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true);
		for (String folder : new String[] { "css", "js", "images" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
