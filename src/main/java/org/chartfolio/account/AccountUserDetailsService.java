package org.chartfolio.account;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByEmail(Account.normaliseEmail(username))
			.map(Account::toSignedInUser)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that address"));
	}

}
