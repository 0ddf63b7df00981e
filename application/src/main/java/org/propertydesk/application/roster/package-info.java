/**
 * Use cases of the duty-roster desk: drafting, validating and publishing the month's roster on
 * time (R-RO-1..R-RO-5), requesting and deciding changes that issue new versions to be
 * acknowledged (R-RO-6), recording temporary absences from a post (R-RO-7), and answering who
 * stands a post at a given moment. Authorisation is checked here against the office's directory.
 */
@BoundedContext(name = "Duty rosters", id = "roster")
package org.propertydesk.application.roster;

import org.jmolecules.ddd.annotation.BoundedContext;
