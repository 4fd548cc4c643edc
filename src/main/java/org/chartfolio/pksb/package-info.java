/**
 * The PKSB self-assessment: the framework (areas, sub-areas, rating scale) as data an administrator
 * can import, the candidate's ratings now and as a target, snapshots at the start and the end, the
 * chart of the change, and gaps turned into development-plan goals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PKSB self-assessment")
package org.chartfolio.pksb;
