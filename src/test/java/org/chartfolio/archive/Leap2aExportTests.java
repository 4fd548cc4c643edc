package org.chartfolio.archive;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceService.IncomingFile;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.evidence.EvidenceTransfer.ItemData;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.TestFiles;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Leap2A export: only the Leap2A 2010-07 terms, citations as relations, and a round
 * trip through our import.
 */
@IntegrationTest
class Leap2aExportTests {

	/**
	 * The Leap2A 2010-07 terms the export may use: elements, attributes, entry types and
	 * relationships.
	 */
	private static final Set<String> LEAP2_ELEMENTS = Set.of("version", "date");

	private static final Set<String> LEAP2_ATTRIBUTES = Set.of("point", "label", "display_order");

	private static final Set<String> LEAP2_TYPES = Set.of("entry", "resource", "plan", "selection", "activity",
			"achievement", "ability", "affiliation", "meeting", "person", "organization", "publication");

	private static final Set<String> RELATIONSHIPS = Set.of("leap2:relation", "leap2:has_part", "leap2:is_part_of",
			"leap2:supports", "leap2:is_supported_by", "leap2:reflects_on", "leap2:is_reflected_on_by");

	private static final Set<String> ATOM_RELS = Set.of("enclosure", "related", "alternate");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private EvidenceTransfer transfer;

	@Autowired
	private WritingService writing;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private PlanService plan;

	private long scene(SignedInUser candidate) {
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		this.evidence.add(candidate, portfolio,
				evidence("First Aid certificate").kind(EvidenceKind.CERTIFICATE)
					.on(LocalDate.of(2024, 5, 2))
					.description("St John Ambulance, one day")
					.reflection("That I can act in an emergency")
					.tags("first aid", "safety")
					.build(),
				List.of(new IncomingFile("certificate.pdf", TestFiles.PDF.length, new ByteArrayResource(TestFiles.PDF)),
						new IncomingFile("photo of me.png", Leap2aFixtures.PNG.length,
								new ByteArrayResource(Leap2aFixtures.PNG))));
		this.evidence.add(candidate, portfolio,
				evidence("Note on the stock review").description("Weeded 400 items & <kept> the local history")
					.tags("stock")
					.build());
		this.evidence.add(candidate, portfolio,
				evidence("CILIP ethics page").kind(EvidenceKind.WEB_PAGE)
					.on(LocalDate.of(2023, 1, 9))
					.link("https://www.cilip.org.uk/page/ethics")
					.build());
		long statement = this.portfolios.view(candidate, portfolio).sections().get(0).id();
		this.writing.save(candidate, portfolio, statement, "I did a First Aid course [E1] and reviewed stock [E2].", 0,
				false);
		this.plan.add(candidate, portfolio,
				goal("Learn cataloguing").reason("A gap in my PKSB")
					.actions("Take the RDA course")
					.target(LocalDate.of(2025, 6, 30))
					.build());
		return portfolio;
	}

	@Test
	void theExportUsesOnlyLeap2aTermsAndLinksEachStatementToTheEvidenceItCites() throws Exception {
		SignedInUser candidate = this.fixtures.person("Ada Candidate");
		long portfolio = scene(candidate);
		byte[] zip = export(candidate, portfolio);
		Map<String, byte[]> entries = ArchiveScene.unzip(zip);
		assertThat(entries).containsKeys("leap2a.xml", "files/E1/1-certificate.pdf", "files/E1/2-photo_of_me.png");
		assertThat(entries.get("files/E1/1-certificate.pdf")).isEqualTo(TestFiles.PDF);

		XMLStreamReader xml = XMLInputFactory.newFactory()
			.createXMLStreamReader(new ByteArrayInputStream(entries.get("leap2a.xml")));
		List<String> problems = new ArrayList<>();
		List<String> types = new ArrayList<>();
		String version = null;
		xml.nextTag();
		assertThat(xml.getNamespaceURI()).isEqualTo(Leap2aFeed.ATOM);
		assertThat(xml.getLocalName()).isEqualTo("feed");
		assertThat(xml.getNamespaceURI("leap2")).isEqualTo("http://terms.leapspecs.org/");
		assertThat(xml.getNamespaceURI("rdf")).isEqualTo("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
		assertThat(xml.getNamespaceURI("categories")).isEqualTo("http://wiki.leapspecs.org/2A/categories/");
		while (xml.hasNext()) {
			if (xml.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String ns = xml.getNamespaceURI();
			String name = xml.getLocalName();
			if (Leap2aFeed.LEAP2.equals(ns)) {
				if (!LEAP2_ELEMENTS.contains(name)) {
					problems.add("element leap2:" + name);
				}
				if ("version".equals(name)) {
					version = xml.getElementText();
					continue;
				}
			}
			else if (Leap2aFeed.RDF.equals(ns)) {
				if (!"type".equals(name)) {
					problems.add("element rdf:" + name);
				}
				String type = xml.getAttributeValue(Leap2aFeed.RDF, "resource");
				types.add(type);
				if (type == null || !type.startsWith("leap2:") || !LEAP2_TYPES.contains(type.substring(6))) {
					problems.add("type " + type);
				}
			}
			else if (!Leap2aFeed.ATOM.equals(ns)) {
				problems.add("element " + ns + " " + name);
			}
			for (int i = 0; i < xml.getAttributeCount(); i++) {
				if (Leap2aFeed.LEAP2.equals(xml.getAttributeNamespace(i))
						&& !LEAP2_ATTRIBUTES.contains(xml.getAttributeLocalName(i))) {
					problems.add("attribute leap2:" + xml.getAttributeLocalName(i));
				}
			}
			if ("link".equals(name)) {
				String rel = xml.getAttributeValue(null, "rel");
				if (!ATOM_RELS.contains(rel) && !RELATIONSHIPS.contains(rel)) {
					problems.add("link rel " + rel);
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(version).isEqualTo("http://www.leapspecs.org/2010-07/2A/");
		assertThat(types).containsExactly("leap2:resource", "leap2:entry", "leap2:resource", "leap2:entry",
				"leap2:plan");

		String feed = new String(entries.get("leap2a.xml"), java.nio.charset.StandardCharsets.UTF_8);
		Matcher statement = Pattern
			.compile("(?s)<entry>(?:(?!</entry>).)*I did a First Aid course(?:(?!</entry>).)*</entry>")
			.matcher(feed);
		assertThat(statement.find()).isTrue();
		Matcher relations = Pattern.compile("rel=\"leap2:relation\" href=\"([^\"]+)\"").matcher(statement.group());
		List<String> cited = new ArrayList<>();
		while (relations.find()) {
			cited.add(relations.group(1));
		}
		assertThat(cited).hasSize(2).allSatisfy((href) -> assertThat(feed).contains("<id>" + href + "</id>"));
		assertThat(cited.get(0)).endsWith("evidence/E1");
		assertThat(feed).contains("Weeded 400 items &amp; &lt;kept&gt; the local history");
	}

	@Test
	void anExportReadBackByOurImportGivesTheSameEvidence() throws Exception {
		SignedInUser candidate = this.fixtures.person("Ada Candidate");
		long portfolio = scene(candidate);
		byte[] zip = export(candidate, portfolio);
		long second = this.fixtures.portfolio(candidate, "chartership");
		String preview = ArchiveScene.leap2aPreview(this.mvc, candidate, second, "export.zip", "application/zip", zip);
		String page = this.mvc.perform(get(preview).with(user(candidate)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("a statement written in Chartfolio").contains("Learn cataloguing");
		this.mvc.perform(post(preview).with(user(candidate)).with(csrf()).param("selected", "e0", "e1", "e2"))
			.andExpect(status().is3xxRedirection());

		assertThat(comparable(this.transfer.export(second).items()))
			.isEqualTo(comparable(this.transfer.export(portfolio).items()));
	}

	@Test
	void onlyTheCandidateExports() throws Exception {
		SignedInUser candidate = this.fixtures.person("Ada Candidate");
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		this.mvc.perform(get("/portfolios/" + portfolio + "/archive/leap2a").with(user(this.fixtures.person("Other"))))
			.andExpect(status().isNotFound());
	}

	/**
	 * What a person sees of an item: everything but this installation's ids and times.
	 */
	private static List<String> comparable(List<ItemData> items) {
		return items.stream()
			.map((i) -> String.join(" | ", "E" + i.number(), i.kind(), i.title(), String.valueOf(i.activityDate()),
					i.description(), i.reflection(), String.valueOf(i.tags()), String.valueOf(i.link()),
					String.valueOf(i.files()
						.stream()
						.map((f) -> f.name() + " " + f.contentType() + " " + f.size() + " " + f.sha256())
						.toList())))
			.toList();
	}

	private byte[] export(SignedInUser candidate, long portfolio) throws Exception {
		return this.mvc.perform(get("/portfolios/" + portfolio + "/archive/leap2a").with(user(candidate)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
