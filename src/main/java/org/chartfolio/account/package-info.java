/**
 * People and signing in: registration, sign-in with throttling of failed attempts, the
 * account page, and the web security rules every other module relies on. Its public face
 * is {@link org.chartfolio.account.AccountService} and the
 * {@link org.chartfolio.account.SignedInUser} principal that controllers receive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "system" })
package org.chartfolio.account;
