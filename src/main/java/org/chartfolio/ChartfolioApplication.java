package org.chartfolio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ChartfolioApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChartfolioApplication.class, args);
	}

}
