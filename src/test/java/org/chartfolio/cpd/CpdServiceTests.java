package org.chartfolio.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.system.FieldProblem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class CpdServiceTests {

	@Autowired
	private CpdService cpd;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	@Test
	void totalsTheHoursOfTheRoutesPeriodAgainstItsRequirement() {
		Portfolio p = this.scene.candidate("Reval Idation").portfolio("revalidation");
		LocalDate today = LocalDate.now(this.clock);
		this.cpd.add(p.candidate(), p.id(), edit(today.minusMonths(13), "Old conference", "7"));
		this.cpd.add(p.candidate(), p.id(), edit(today.minusMonths(2), "Webinar on copyright", "1.5"));
		this.cpd.add(p.candidate(), p.id(), edit(today, "Cataloguing course", "12"));

		CpdLog log = this.cpd.log(p.candidate(), p.id());
		assertThat(log.requiredHours()).isEqualTo(20);
		assertThat(log.hoursInPeriod()).isEqualByComparingTo("13.5");
		assertThat(log.requirementMet()).isFalse();
		assertThat(log.hoursStillNeeded()).isEqualByComparingTo("6.5");
		assertThat(log.entries()).extracting(CpdLog.Entry::title)
			.containsExactly("Cataloguing course", "Webinar on copyright", "Old conference");

		this.cpd.add(p.candidate(), p.id(), edit(today, "Committee work", "6.5"));
		assertThat(this.cpd.log(p.candidate(), p.id()).requirementMet()).isTrue();
	}

	@Test
	void aRouteWithoutARequirementStillKeepsALog() {
		Portfolio p = this.scene.candidate("Cert Candidate").portfolio("certification");
		this.cpd.add(p.candidate(), p.id(), edit(LocalDate.now(this.clock), "Visit", "3"));

		CpdLog log = this.cpd.log(p.candidate(), p.id());
		assertThat(log.requiredHours()).isNull();
		assertThat(log.requirementMet()).isTrue();
		assertThat(log.hoursInPeriod()).isEqualByComparingTo("3");
	}

	@Test
	void refusesFutureDatesAndImpossibleHoursNextToTheirFields() {
		Portfolio p = this.scene.candidate("Candidate").portfolio("revalidation");
		LocalDate today = LocalDate.now(this.clock);

		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.cpd.add(p.candidate(), p.id(), edit(today.plusDays(1), "Tomorrow", "1")))
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("date"));
		for (String hours : new String[] { "0", "-1", "1000.5", "1.25" }) {
			assertThatExceptionOfType(FieldProblem.class)
				.isThrownBy(() -> this.cpd.add(p.candidate(), p.id(), edit(today, "Bad hours", hours)))
				.satisfies((problem) -> assertThat(problem.field()).isEqualTo("hours"));
		}
		assertThat(this.cpd.log(p.candidate(), p.id()).entries()).isEmpty();
	}

	@Test
	void nobodyElseReadsOrWritesTheLog() {
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Candidate").portfolio("revalidation");
		long activity = this.cpd.add(p.candidate(), p.id(), edit(LocalDate.now(this.clock), "Mine", "2"));

		assertThatExceptionOfType(PortfolioNotFoundException.class).isThrownBy(() -> this.cpd.log(stranger, p.id()));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.cpd.delete(stranger, p.id(), activity));
	}

	private static CpdService.ActivityEdit edit(LocalDate date, String title, String hours) {
		return new CpdService.ActivityEdit(date, title, new BigDecimal(hours), "", null);
	}

}
