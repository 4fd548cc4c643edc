package org.chartfolio.evidence;

import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses a {@code chartfolio.files.store} that names no store, before any bean is made,
 * in a sentence that says what is allowed; otherwise the start-up would fail later, on a
 * missing bean.
 */
@Component
class FileStoreChoice implements BeanFactoryPostProcessor, EnvironmentAware {

	static final Set<String> STORES = Set.of("postgres", "s3");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(this.environment.getProperty("chartfolio.files.store", "postgres"));
	}

	static void check(String store) {
		if (!STORES.contains(store)) {
			throw new IllegalStateException("chartfolio.files.store (CHARTFOLIO_FILES_STORE) is '" + store
					+ "': it must be postgres (files in the database) or s3 (files in an S3-compatible bucket)");
		}
	}

}
