package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.SnapshotKind;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/**
 * The PKSB's initial and final snapshots are taken and every area has its end reflection.
 * Only routes with a PKSB are checked.
 */
@Component
@Order(120)
class PksbSnapshotsCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		return facts.pksb().map((ending) -> check(facts, ending));
	}

	private CheckResult check(ReadinessFacts facts, PksbService.Ending ending) {
		Set<SnapshotKind> taken = ending.snapshotsTaken();
		List<Found> findings = new ArrayList<>();
		if (!taken.contains(SnapshotKind.INITIAL)) {
			findings.add(new Found(new Message("readiness.pksb.missing.INITIAL"), null,
					link(facts.route(Route.PKSB_SNAPSHOTS), "readiness.fix.snapshot")));
		}
		for (String area : ending.areasWithoutReflection()) {
			findings.add(new Found(new Message("readiness.pksb.missing.reflection", area), null,
					link(facts.route(Route.PKSB_REFLECTIONS), "readiness.fix.reflection")));
		}
		if (!taken.contains(SnapshotKind.FINAL)) {
			findings.add(new Found(new Message("readiness.pksb.missing.FINAL"), null,
					link(facts.route(Route.PKSB_SNAPSHOTS), "readiness.fix.snapshot")));
		}
		return CheckResult.of("pksb", findings, Level.FAIL, link(facts.route(Route.PKSB), "readiness.see.pksb"));
	}

}
