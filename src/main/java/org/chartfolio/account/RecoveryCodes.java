package org.chartfolio.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecoveryCodes extends ListCrudRepository<RecoveryCode, Long> {

	Optional<RecoveryCode> findByAccountIdAndCodeHash(long accountId, String codeHash);

	long countByAccountIdAndUsedAtIsNull(long accountId);

	@Modifying
	@Query("delete from RecoveryCode c where c.accountId = :accountId")
	void deleteAllOf(long accountId);

}
