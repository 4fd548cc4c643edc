package org.chartfolio.notification;

import org.springframework.data.repository.ListCrudRepository;

interface Notifications extends ListCrudRepository<Notification, Long> {

}
