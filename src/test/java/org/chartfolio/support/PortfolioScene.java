package org.chartfolio.support;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioMember;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.WritingService;

import org.springframework.core.io.ByteArrayResource;

/**
 * A candidate's portfolio and the people who support it, made through the app's services,
 * so that a test names only who and what it is about:
 * {@code scene.candidate("Lisa Marsh").mentor("Tom Reed").portfolio("certification")}. By
 * default the candidate has nobody on the portfolio but themselves.
 */
@Scene
public class PortfolioScene {

	private final Fixtures fixtures;

	private final PortfolioService portfolios;

	private final PortfolioMemberships memberships;

	private final EvidenceService evidence;

	private final PlanService plan;

	private final WritingService writing;

	PortfolioScene(Fixtures fixtures, PortfolioService portfolios, PortfolioMemberships memberships,
			EvidenceService evidence, PlanService plan, WritingService writing) {
		this.fixtures = fixtures;
		this.portfolios = portfolios;
		this.memberships = memberships;
		this.evidence = evidence;
		this.plan = plan;
		this.writing = writing;
	}

	/**
	 * A newly registered person of this name, on no portfolio yet: a stranger, or a
	 * supporter a test lets in itself.
	 */
	public SignedInUser person(String name) {
		return this.fixtures.person(name);
	}

	/**
	 * Opens a portfolio of this person's on this route, with nobody on it but its owner.
	 */
	public long portfolio(SignedInUser owner, String route) {
		return this.fixtures.portfolio(owner, route);
	}

	/**
	 * A newly registered candidate of this name, whose portfolio is opened by
	 * {@link Cast#portfolio}.
	 */
	public Cast candidate(String name) {
		return new Cast(name, null);
	}

	/**
	 * A candidate who is registered already, whose portfolio is opened by
	 * {@link Cast#portfolio}.
	 */
	public Cast candidate(SignedInUser person) {
		return new Cast(null, person);
	}

	/** The portfolio's sections as they stand now, as its candidate sees them. */
	public List<SectionView> sections(Portfolio portfolio) {
		return this.portfolios.view(portfolio.candidate(), portfolio.id()).sections();
	}

	/** One of the portfolio's sections as it stands now, as its candidate sees it. */
	public SectionView section(Portfolio portfolio, long sectionId) {
		return this.portfolios.section(portfolio.candidate(), portfolio.id(), sectionId);
	}

	/**
	 * This person joins the open portfolio in this role, as an accepted invitation does.
	 */
	public void join(Portfolio portfolio, SignedInUser person, PortfolioRole role) {
		this.memberships.join(portfolio.id(), person, role);
	}

	/**
	 * The candidate ends this person's place on the portfolio, as the people page does.
	 */
	public void end(Portfolio portfolio, SignedInUser person) {
		PortfolioMember member = this.memberships.members(portfolio.candidate(), portfolio.id())
			.stream()
			.filter((candidate) -> candidate.accountId() == person.id())
			.findFirst()
			.orElseThrow();
		this.memberships.end(portfolio.candidate(), portfolio.id(), member.id());
	}

	/** The candidate adds this item of evidence, with no file. */
	public EvidenceSummary evidence(Portfolio portfolio, EvidenceDetailsBuilder item) {
		return this.evidence.add(portfolio.candidate(), portfolio.id(), item.build());
	}

	/**
	 * The candidate adds this item of evidence with one file of this name and content.
	 */
	public EvidenceSummary evidence(Portfolio portfolio, EvidenceDetailsBuilder item, String fileName, byte[] content) {
		return this.evidence.add(portfolio.candidate(), portfolio.id(), item.build(),
				List.of(new EvidenceService.IncomingFile(fileName, content.length, new ByteArrayResource(content))));
	}

	/** The candidate adds this goal to the plan; the goal's id. */
	public long goal(Portfolio portfolio, GoalEditBuilder goal) {
		return this.plan.add(portfolio.candidate(), portfolio.id(), goal.build());
	}

	/** The candidate's first words in a section that has none yet, saved by hand. */
	public void write(Portfolio portfolio, long sectionId, String text) {
		this.writing.save(portfolio.candidate(), portfolio.id(), sectionId, text, 0, false);
	}

	/**
	 * The candidate's new words in place of what the section holds now, saved by hand.
	 */
	public void rewrite(Portfolio portfolio, long sectionId, String text) {
		this.writing.save(portfolio.candidate(), portfolio.id(), sectionId, text,
				editor(portfolio, sectionId).version(), false);
	}

	/**
	 * The section in the candidate's editor as it stands now: its words, and the version
	 * a save must name.
	 */
	public WritingService.Editor editor(Portfolio portfolio, long sectionId) {
		return this.writing.editor(portfolio.candidate(), portfolio.id(), sectionId);
	}

	/**
	 * Who is on a portfolio before it is opened: the candidate, and a mentor and a line
	 * manager where named.
	 */
	public final class Cast {

		private final String candidate;

		private final SignedInUser candidatePerson;

		private String mentor;

		private SignedInUser mentorPerson;

		private String lineManager;

		private Cast(String candidate, SignedInUser candidatePerson) {
			this.candidate = candidate;
			this.candidatePerson = candidatePerson;
		}

		public Cast mentor(String name) {
			this.mentor = name;
			return this;
		}

		/** A mentor who is registered already, mentoring another portfolio, say. */
		public Cast mentor(SignedInUser person) {
			this.mentorPerson = person;
			return this;
		}

		public Cast lineManager(String name) {
			this.lineManager = name;
			return this;
		}

		/**
		 * Registers the people, opens the candidate's portfolio on this route and lets
		 * the supporters join it.
		 */
		public Portfolio portfolio(String route) {
			SignedInUser candidate = (this.candidate != null) ? PortfolioScene.this.fixtures.person(this.candidate)
					: this.candidatePerson;
			SignedInUser mentor = (this.mentor != null) ? PortfolioScene.this.fixtures.person(this.mentor)
					: this.mentorPerson;
			SignedInUser lineManager = (this.lineManager != null)
					? PortfolioScene.this.fixtures.person(this.lineManager) : null;
			long id = PortfolioScene.this.fixtures.portfolio(candidate, route);
			if (mentor != null) {
				PortfolioScene.this.memberships.join(id, mentor, PortfolioRole.MENTOR);
			}
			if (lineManager != null) {
				PortfolioScene.this.memberships.join(id, lineManager, PortfolioRole.LINE_MANAGER);
			}
			return new Portfolio(candidate, mentor, lineManager, id,
					PortfolioScene.this.portfolios.view(candidate, id).sections());
		}

	}

	/**
	 * A portfolio as it was opened: its candidate, its mentor and line manager (null
	 * where none was named) and its sections as they stood then.
	 */
	public record Portfolio(SignedInUser candidate, SignedInUser mentor, SignedInUser lineManager, long id,
			List<SectionView> sections) {

		public SectionView section(int index) {
			return this.sections.get(index);
		}

		/** The portfolio's overview page, where its other pages' paths start. */
		public String path() {
			return "/portfolios/" + this.id;
		}

	}

}
