/**
 * Portfolios for a CILIP Professional Registration route, their sections and memberships,
 * and the permission table every other module asks.
 * <p>
 * <b>The permission table has one home:
 * {@link org.chartfolio.portfolio.PortfolioAccess}</b>, with its rows as
 * {@link org.chartfolio.portfolio.Permission}s. How a web request is authorised against
 * it is in one class, {@link org.chartfolio.portfolio.PortfolioRequests}: each handler
 * under {@code /portfolios/{portfolioId}} states the permission it needs with
 * {@link org.chartfolio.portfolio.Requires}, the person's
 * {@link org.chartfolio.portfolio.Standing} is read once per request, and every later
 * check in the request is answered from it.
 *
 * <table>
 * <caption>Who may do what with a portfolio</caption>
 * <tr>
 * <th>permission</th>
 * <th>candidate</th>
 * <th>mentor</th>
 * <th>line manager</th>
 * <th>submitted copy</th>
 * </tr>
 * <tr>
 * <td>READ: statements, evidence, files</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>only sections shared with them ({@code sectionReadable})</td>
 * <td>read</td>
 * </tr>
 * <tr>
 * <td>WRITE: statements, evidence, goals, PKSB, CPD, ready for review, reopen, sharing,
 * people</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>refused</td>
 * </tr>
 * <tr>
 * <td>CHANGE: comments, review decisions, the meeting log</td>
 * <td>yes</td>
 * <td>yes (the service decides which step)</td>
 * <td>no</td>
 * <td>refused</td>
 * </tr>
 * <tr>
 * <td>PROGRESS: statuses, counts, dates</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>read</td>
 * </tr>
 * <tr>
 * <td>OWN: the data export and submitted copies</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>yes</td>
 * </tr>
 * <tr>
 * <td>CHANGE, mentor only: write, sign and reopen the mentor's completion statement or
 * letter of support (module signoff)</td>
 * <td>no (reads it)</td>
 * <td>yes (active mentor)</td>
 * <td>no</td>
 * <td>refused</td>
 * </tr>
 * <tr>
 * <td>WRITE: invite or withdraw a Fellowship supporter (module signoff)</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>refused</td>
 * </tr>
 * </table>
 * A supporter writes their letter through a single-use link that needs no account and
 * opens nothing but its own page ({@code /support/{token}}). Anybody else gets 404, as
 * for a portfolio that does not exist. Two rows are kept by other modules behind
 * interfaces of this one: an {@link org.chartfolio.portfolio.EvidenceGrant} lets the
 * mentor a candidate asked through the directory read the CV item of the open request;
 * the {@code portfolio_reader} view (migration V22) is the READ row for other modules'
 * SQL, pinned to {@code readable} by a test.
 */
@org.chartfolio.system.ReadsTables(value = { "account", "section_revision" },
		why = "sections name who approved them, and a submitted copy points at the approved revision, in "
				+ "the reads that list them")
@org.springframework.modulith.ApplicationModule(displayName = "Portfolios",
		allowedDependencies = { "account", "system" })
package org.chartfolio.portfolio;
