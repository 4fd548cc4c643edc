package org.chartfolio.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Sees every connection the application takes from its pool, every statement it sends and
 * every transaction it begins, whoever sends them (Hibernate, JdbcClient, Flyway), while
 * a test records.
 */
@TestComponent
public class JdbcRecorder implements BeanPostProcessor {

	/** What a stretch of work did with the database. */
	public record Recording(int connections, int transactions, List<String> statements) {

		public int statementCount() {
			return this.statements.size();
		}

		/** How many of the statements contain the text. */
		public long statementsContaining(String text) {
			return this.statements.stream().filter((sql) -> sql.contains(text)).count();
		}

	}

	private final Object lock = new Object();

	private boolean recording;

	/**
	 * The thread whose work is recorded: a MockMvc request runs on the test's own thread.
	 */
	private Thread recorder;

	private int connections;

	private int transactions;

	private final List<String> statements = new ArrayList<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return new DelegatingDataSource(dataSource) {

				@Override
				public Connection getConnection() throws java.sql.SQLException {
					return recorded(super.getConnection());
				}

				@Override
				public Connection getConnection(String username, String password) throws java.sql.SQLException {
					return recorded(super.getConnection(username, password));
				}

			};
		}
		return bean;
	}

	public interface Work {

		void run() throws Exception;

	}

	/**
	 * Records what the work does on the calling thread; what background threads (the
	 * scheduler, event listeners sending mail) do meanwhile is not the page's work and is
	 * left out.
	 */
	public Recording record(Work work) throws Exception {
		synchronized (this.lock) {
			this.recording = true;
			this.recorder = Thread.currentThread();
			this.connections = 0;
			this.transactions = 0;
			this.statements.clear();
		}
		try {
			work.run();
		}
		finally {
			synchronized (this.lock) {
				this.recording = false;
			}
		}
		synchronized (this.lock) {
			return new Recording(this.connections, this.transactions, List.copyOf(this.statements));
		}
	}

	private Connection recorded(Connection connection) {
		synchronized (this.lock) {
			if (this.recording && Thread.currentThread() == this.recorder) {
				this.connections++;
			}
		}
		InvocationHandler handler = (proxy, method, args) -> {
			note(method, args);
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (Connection) Proxy.newProxyInstance(JdbcRecorder.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private void note(Method method, Object[] args) {
		synchronized (this.lock) {
			if (!this.recording || Thread.currentThread() != this.recorder) {
				return;
			}
			switch (method.getName()) {
				case "prepareStatement", "prepareCall" -> this.statements.add(String.valueOf(args[0]));
				case "createStatement" -> this.statements.add("(statement)");
				case "setAutoCommit" -> {
					if (Boolean.FALSE.equals(args[0])) {
						this.transactions++;
					}
				}
				default -> {
				}
			}
		}
	}

}
