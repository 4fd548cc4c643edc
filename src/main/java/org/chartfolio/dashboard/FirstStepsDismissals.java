package org.chartfolio.dashboard;

import org.springframework.data.repository.ListCrudRepository;

interface FirstStepsDismissals extends ListCrudRepository<FirstStepsDismissal, Long> {

}
