/**
 * Shared infrastructure that every feature relies on and none owns: start-up diagnostics,
 * error pages and web configuration. It depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.chartfolio.system;
