package org.chartfolio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.chartfolio.ChartfolioApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole instance of the app, started as {@code java -jar} would start it, on the test
 * database (through {@link TestDatabaseInitializer}) and with {@link Fixtures} among its
 * beans: for the tests that run several instances side by side or one after another on
 * one database.
 */
public final class AppInstance {

	private AppInstance() {
	}

	/**
	 * Starts an instance on this port (0 for any free one) with these extra
	 * {@code --name=value} arguments, which win over application.properties (the
	 * builder's own properties do not).
	 */
	public static ConfigurableApplicationContext start(int port, String... arguments) {
		List<String> all = new ArrayList<>();
		all.add("--server.port=" + port);
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(ChartfolioApplication.class, Fixtures.class)
			.run(all.toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	public static Fixtures fixtures(ConfigurableApplicationContext instance) {
		return instance.getBean(Fixtures.class);
	}

	/** Stops these instances, those still running, ignoring any not started. */
	public static void stop(ConfigurableApplicationContext... instances) {
		for (ConfigurableApplicationContext instance : instances) {
			if (instance != null && instance.isActive()) {
				instance.close();
			}
		}
	}

	/** A port nothing listens on right now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

}
