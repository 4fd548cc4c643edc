package org.chartfolio.system;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The conventions the team agreed on (see shared/HOUSE_STYLE.md), checked on every build. */
class ConventionsTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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

}
