package org.chartfolio.system;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the database is not there" into one line a newcomer can act on, instead of the
 * nested stack traces that Flyway, Hikari and the driver would otherwise print.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	DatabaseUnavailableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		if (!isConnectionFailure(cause)) {
			return null;
		}
		String url = this.environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
		String user = this.environment.getProperty("spring.datasource.username", "(no user)");
		String description = "Chartfolio could not reach its PostgreSQL database at " + url + " as user '" + user
				+ "': " + firstLine(cause.getMessage());
		String action = "Start PostgreSQL on localhost:5432 (for example 'docker compose up -d' in the project folder),"
				+ " or point CHARTFOLIO_DB_URL, CHARTFOLIO_DB_USER and CHARTFOLIO_DB_PASSWORD at a running server.";
		return new FailureAnalysis(description, action, cause);
	}

	private static boolean isConnectionFailure(SQLException ex) {
		String state = ex.getSQLState();
		if (state != null && (state.startsWith("08") || state.equals("28P01") || state.equals("28000")
				|| state.equals("3D000"))) {
			return true;
		}
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ConnectException || t instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
