/**
 * Sign-off documents, the parts of a portfolio that somebody other than the candidate
 * writes, as the route's data asks for them: the mentor's completion statement
 * (Certification, Chartership) and, for Fellowship, two letters of support, one from the
 * mentor and one from a supporter the candidate invites by a single-use link that needs
 * no account.
 * <p>
 * Who may do what (rows of the permission table, checked here from the request's
 * standing):
 * <table>
 * <caption>Sign-off documents</caption>
 * <tr>
 * <th>action</th>
 * <th>candidate</th>
 * <th>mentor</th>
 * <th>line manager</th>
 * <th>anyone else</th>
 * </tr>
 * <tr>
 * <td>read the sign-off page and its documents (READ)</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no (404)</td>
 * <td>no (404)</td>
 * </tr>
 * <tr>
 * <td>write, sign and reopen the mentor's statement or letter (CHANGE, mentor only)</td>
 * <td>no</td>
 * <td>yes (active mentor)</td>
 * <td>no</td>
 * <td>no</td>
 * </tr>
 * <tr>
 * <td>invite or withdraw a supporter (WRITE, Fellowship)</td>
 * <td>yes</td>
 * <td>no</td>
 * <td>no</td>
 * <td>no</td>
 * </tr>
 * <tr>
 * <td>write or upload the supporter's letter</td>
 * <td>no</td>
 * <td>no</td>
 * <td>no</td>
 * <td>only whoever holds the live link, once</td>
 * </tr>
 * </table>
 * The supporter's link reaches its own page and nothing else: no portfolio page, no file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sign-off documents",
		allowedDependencies = { "account", "portfolio", "system" })
package org.chartfolio.signoff;
