package org.chartfolio.demo;

import org.chartfolio.account.AccountService;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private ApplicationContext context;

	@Test
	void doesNotRunUnlessTheDemoProfileIsAskedFor() {
		assertThat(this.context.getBeanNamesForType(DemoData.class)).isEmpty();
	}

	@Test
	void createsThreePeoplePrintsEachPasswordOnceAndNeverOverwrites(CapturedOutput output) {
		DemoData demo = new DemoData(this.accounts);
		demo.run(new DefaultApplicationArguments());

		for (DemoData.DemoPerson person : DemoData.PEOPLE) {
			assertThat(this.accounts.isRegistered(person.email())).isTrue();
		}
		assertThat(output.getOut()).containsPattern(
				"Demo candidate created: sign in as candidate@demo\\.chartfolio\\.example with password \\w{4}-\\w{4}-\\w{4}-\\w{4}");
		int printed = output.getOut().split("with password").length - 1;
		assertThat(printed).isEqualTo(3);

		demo.run(new DefaultApplicationArguments());
		assertThat(output.getOut().split("with password").length - 1).isEqualTo(3);
		assertThat(output.getOut()).contains("Demo mentor mentor@demo.chartfolio.example already exists and was left unchanged");
	}

}
