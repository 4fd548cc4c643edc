package org.chartfolio.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, Long> {

	/**
	 * Looks an account up by an already normalised address (see
	 * {@link Account#normaliseEmail}).
	 */
	Optional<Account> findByEmail(String normalisedEmail);

	boolean existsByEmail(String normalisedEmail);

}
