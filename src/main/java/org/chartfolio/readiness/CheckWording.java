package org.chartfolio.readiness;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.readiness.ReadinessService.Check;
import org.chartfolio.readiness.ReadinessService.Finding;
import org.chartfolio.readiness.ReadinessService.Link;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a check's result into words and links for whoever reads it: the messages in en-GB,
 * the routes expanded, and the links that fix things kept for the candidate alone.
 */
@Component
@RequiredArgsConstructor
class CheckWording {

	private final MessageSource messages;

	/**
	 * {@code owner}: the reader may change the portfolio, so is shown the pages that fix
	 * it.
	 */
	Check words(CheckResult result, boolean owner) {
		List<Finding> findings = result.findings()
			.stream()
			.map((found) -> new Finding(text(found.text()), (found.page() != null) ? found.page().href() : null,
					owner ? link(found.fix()) : null))
			.toList();
		return new Check(result.id(), result.level(), text(result.title()), text(result.why()), findings,
				link(result.see()), owner ? link(result.fix()) : null);
	}

	private Link link(CheckResult.LinkTo link) {
		return (link != null) ? new Link(link.route().href(), text(link.label())) : null;
	}

	String text(Message message) {
		Object[] args = Arrays.stream(message.args()).map(this::argument).toArray();
		return this.messages.getMessage(message.key(), args, Locale.UK);
	}

	private Object argument(Object arg) {
		if (arg instanceof Message nested) {
			return text(nested);
		}
		if (arg instanceof List<?> list) {
			return list.stream().map(this::argument).map(String::valueOf).collect(Collectors.joining(", "));
		}
		return arg;
	}

}
