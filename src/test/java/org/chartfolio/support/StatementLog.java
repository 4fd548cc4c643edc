package org.chartfolio.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every SQL statement the app prepares over JDBC, Hibernate's or not, with the thread
 * that prepared it: for counting what a request costs the database where Hibernate's
 * statistics see nothing (Spring Session, plain JDBC). Every {@link ServerTest} context
 * wraps its data source with it; it keeps only the latest statements, so that the
 * journeys sharing the context fill no memory.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog {

	/** More than any one test reads back after {@link #clear()}. */
	private static final int KEPT = 10_000;

	private static final Deque<Statement> statements = new ArrayDeque<>();

	public record Statement(String thread, String sql) {

		public boolean on(String table) {
			return this.sql.toLowerCase(Locale.ROOT).contains(table.toLowerCase(Locale.ROOT));
		}

	}

	public static synchronized void clear() {
		statements.clear();
	}

	/**
	 * The statements prepared since the last {@link #clear()} by threads serving HTTP
	 * requests.
	 */
	public static synchronized List<Statement> fromRequests(Predicate<Statement> which) {
		return statements.stream().filter((s) -> s.thread().startsWith("http-")).filter(which).toList();
	}

	private static synchronized void add(String sql) {
		if (statements.size() == KEPT) {
			statements.removeFirst();
		}
		statements.add(new Statement(Thread.currentThread().getName(), sql));
	}

	@Bean
	static BeanPostProcessor statementLoggingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Logging)) ? new Logging(dataSource)
						: bean;
			}

		};
	}

	private static final class Logging extends DelegatingDataSource {

		Logging(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			return logging(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws java.sql.SQLException {
			return logging(super.getConnection(username, password));
		}

		private static Connection logging(Connection connection) {
			return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
								&& args != null && args[0] instanceof String sql) {
							add(sql);
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
