package org.chartfolio.account;

/**
 * Whether a person mentors somebody, for the rule that mentors must use two-factor
 * sign-in; the portfolio module, which keeps memberships, answers.
 */
public interface MentorCheck {

	boolean mentorsAnyone(long accountId);

}
