package org.chartfolio.account;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {

	/** Looks an account up by an already normalised address (see {@link Account#normaliseEmail}). */
	Optional<Account> findByEmail(String normalisedEmail);

	boolean existsByEmail(String normalisedEmail);

}
