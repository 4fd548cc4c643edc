package org.chartfolio.account;

import org.springframework.data.repository.CrudRepository;

interface SecuritySettings extends CrudRepository<SecuritySetting, Short> {

}
