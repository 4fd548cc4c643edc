package org.chartfolio.account;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface EmailChanges extends ListCrudRepository<EmailChange, Long> {

	Optional<EmailChange> findByTokenHash(String tokenHash);

}
