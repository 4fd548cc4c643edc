package org.chartfolio.system;

import java.util.Map;

import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The conventions the team agreed on, checked on every build (README, "Architecture" and
 * "Running the tests", says why each is there).
 */
class ConventionsTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.chartfolio");

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(this.classes);
	}

	@Test
	void entitiesArePackagePrivateToTheirFeature() {
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(this.classes);
	}

	@Test
	void formsNeverBindToEntities() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Controller.class)
			.should(new ArchCondition<JavaMethod>("bind no entity to a form") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					method.getParameters()
						.stream()
						.filter((parameter) -> parameter.isAnnotatedWith(ModelAttribute.class))
						.filter((parameter) -> parameter.getRawType().isAnnotatedWith(Entity.class))
						.forEach((parameter) -> events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " binds the entity " + parameter.getRawType().getName())));
				}
			})
			.check(this.classes);
	}

	@Test
	void nothingUsesFieldInjection() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
			.check(this.classes);
	}

	@Test
	void controllersDoNotTalkToRepositoriesDirectly() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.check(this.classes);
	}

	/**
	 * The test classes that may set up their Spring context themselves, each for a
	 * reason: every other test says {@code @IntegrationTest}, {@code @ServerTest} or
	 * {@code @BrowserTest} (with {@code @MailServer} where it needs email) and adds
	 * nothing that would give it a context of its own, so that the whole run starts a
	 * handful of contexts instead of one per class.
	 */
	private static final Map<String, String> OWN_CONTEXT = Map.of("org.chartfolio.account.SessionCookieTests",
			"trusts the loopback address as a proxy, which ForwardedHeadersTests proves the default does not",
			"org.chartfolio.benchmark.PageBenchmarkTests",
			"runs alone in its own profile, with a larger connection pool and a quiet log");

	private static final DescribedPredicate<JavaClass> MAY_HAVE_ITS_OWN_CONTEXT = DescribedPredicate.describe(
			"may have its own context (" + OWN_CONTEXT.keySet() + ")",
			(type) -> OWN_CONTEXT.containsKey(type.getName()));

	private final JavaClasses tests = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("org.chartfolio");

	@Test
	void testsUseTheHouseAnnotationsNotARawSpringBootTest() {
		noClasses().that()
			.resideOutsideOfPackage("org.chartfolio.support..")
			.and(DescribedPredicate.not(MAY_HAVE_ITS_OWN_CONTEXT))
			.should()
			.beAnnotatedWith("org.springframework.boot.test.context.SpringBootTest")
			.orShould()
			.beAnnotatedWith("org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest")
			.orShould()
			.beAnnotatedWith("org.springframework.context.annotation.Import")
			.orShould()
			.beAnnotatedWith("org.springframework.test.context.TestPropertySource")
			.orShould()
			.beAnnotatedWith("org.springframework.test.context.ContextConfiguration")
			.orShould()
			.beAnnotatedWith("org.springframework.test.context.ActiveProfiles")
			.because(
					"each would start a context of its own; what tests need belongs in the house annotations in support/")
			.check(this.tests);
	}

	@Test
	void testsOverrideNoBeansAndNoPropertiesOfTheirOwn() {
		noFields().that()
			.areDeclaredInClassesThat()
			.resideOutsideOfPackage("org.chartfolio.support..")
			.should()
			.beAnnotatedWith("org.springframework.test.context.bean.override.mockito.MockitoBean")
			.orShould()
			.beAnnotatedWith("org.springframework.test.context.bean.override.mockito.MockitoSpyBean")
			.because("a mock or spy of a test's own starts a context of its own; declare it once in support/")
			.check(this.tests);
		noMethods().that()
			.areDeclaredInClassesThat()
			.resideOutsideOfPackage("org.chartfolio.support..")
			.should()
			.beAnnotatedWith("org.springframework.test.context.DynamicPropertySource")
			.because("each such method starts a context of its own; a mail server is @MailServer")
			.check(this.tests);
	}

}
