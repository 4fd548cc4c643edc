package org.chartfolio.system;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import lombok.Getter;

/**
 * The id the database gives an entity when it is first saved (column {@code id}, an
 * identity column): null until then.
 */
@MappedSuperclass
@Getter
public abstract class IdentifiedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	protected IdentifiedEntity() {
	}

}
