package org.chartfolio.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, as other modules see them through
 * {@code @AuthenticationPrincipal}. Whether they may read or change a portfolio is not a
 * role they carry but a relation each module checks in its service layer.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_USER"));

	private final long id;

	private final String email;

	private final String displayName;

	private String passwordHash;

	SignedInUser(long id, String email, String displayName, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AUTHORITIES;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	SignedInUser withDisplayName(String newName) {
		return new SignedInUser(this.id, this.email, newName, null);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof SignedInUser that) && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + this.id + "]";
	}

}
