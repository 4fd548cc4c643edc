package org.chartfolio.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * With {@link IntegrationTest} or {@link BrowserTest}: the app sends email to the
 * in-process server {@link TestMail} runs, through a {@link JavaMailSender} that is a
 * Mockito spy (it sends for real unless a test says otherwise). A second context of each
 * kind, on purpose: the other tests show the app as it is with no mail server configured.
 * All mail tests of a kind share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = TestMail.Initializer.class)
@MockitoSpyBean(types = JavaMailSender.class)
public @interface MailServer {

}
