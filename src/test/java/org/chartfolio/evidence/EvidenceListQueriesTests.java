package org.chartfolio.evidence;

import org.chartfolio.support.TestFiles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The list costs the same number of statements for 2 items as for 60 with tags and files. */
@IntegrationTest
@Import(EvidenceListQueriesTests.StatementCounting.class)
class EvidenceListQueriesTests {

	static final AtomicInteger statements = new AtomicInteger();

	@Autowired
	private EvidencePages evidence;

	@Autowired
	private EvidenceEditing editing;

	@Autowired
	private org.chartfolio.support.Fixtures fixtures;

	@Test
	void theListNeedsAFixedNumberOfQueries() {
		SignedInUser candidate = this.fixtures.person("Many Items");
		long small = this.fixtures.portfolio(candidate, "certification");
		long large = this.fixtures.portfolio(candidate, "chartership");
		fill(candidate, small, 2);
		fill(candidate, large, 60);

		int forSmall = statementsFor(() -> this.evidence.page(candidate, small, filter(), 0));
		int forLarge = statementsFor(() -> this.evidence.page(candidate, large, filter(), 0));
		int forLargeTagged = statementsFor(
				() -> this.evidence.page(candidate, large, new EvidenceViews.Filter(null, "tag 1", false, null), 0));

		assertThat(this.evidence.page(candidate, large, filter(), 0).items()).hasSize(50)
			.allSatisfy((item) -> assertThat(item.files()).hasSize(1));
		assertThat(forLarge).isEqualTo(forSmall);
		assertThat(forLargeTagged).isEqualTo(forSmall);
	}

	private void fill(SignedInUser candidate, long portfolio, int count) {
		byte[] png = TestFiles.png(40, 30);
		for (int i = 0; i < count; i++) {
			this.editing.create(candidate, portfolio,
					new EvidenceService.EvidenceDetails("Item " + i, EvidenceKind.PHOTO, null, null, null, null,
							Set.of("tag " + (i % 3), "common")),
					List.of(new Upload("p" + i + ".png", png.length, new ByteArrayResource(png))));
		}
	}

	private static EvidenceViews.Filter filter() {
		return new EvidenceViews.Filter(null, null, false, null);
	}

	private static int statementsFor(Runnable action) {
		int before = statements.get();
		action.run();
		return statements.get() - before;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StatementCounting {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? new CountingDataSource(dataSource) : bean;
				}
			};
		}

	}

	static class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
								|| method.getName().equals("prepareCall")) {
							statements.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
