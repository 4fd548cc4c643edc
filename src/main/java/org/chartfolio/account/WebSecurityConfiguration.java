package org.chartfolio.account;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, and the headers every response carries. Whether a signed-in person
 * may see a particular portfolio is decided by each module's service, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInThrottle.Limits.class)
class WebSecurityConfiguration {

	/**
	 * Only the app's own origin; no inline script. Bootstrap's CSS draws form controls
	 * with data: SVG images, hence data: for images.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle,
			SecurityContextRepository securityContextRepository, ObjectProvider<TwoFactorService> twoFactor,
			Clock clock) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/login/two-factor", "/register", "/register/**", "/password/**",
					"/account/email/confirm/**", "/support/**", "/assessors/**", "/privacy", "/accessibility", "/error",
					"/actuator/health", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico")
			.permitAll()
			// A signed-out invitee sees who invites them to what before signing in
			// (InvitationController).
			.requestMatchers(org.springframework.http.HttpMethod.GET, "/invitations/*")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(new SignInHandlers.SuccessHandler(throttle, twoFactor, securityContextRepository, clock))
			.failureHandler(new SignInHandlers.FailureHandler(throttle))
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		http.addFilterBefore(new SignInHandlers.ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new TwoFactorRequiredFilter(), AuthorizationFilter.class);
		http.securityContext((context) -> context.securityContextRepository(securityContextRepository));
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * The CSRF token lives in its own cookie, not in the session: a visitor who only
	 * looks at the sign-in or registration page gets no session, so strangers cannot fill
	 * the sessions table by asking for a page, and the sign-in page costs the database
	 * nothing. The cookie is HttpOnly (the page itself carries the token for forms and
	 * htmx), SameSite=Lax, and Secure when the request is.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Lax"));
		return tokens;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
