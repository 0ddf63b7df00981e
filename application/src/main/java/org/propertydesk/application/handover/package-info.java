/**
 * The shift-handover desk (交接班): use cases that let the outgoing and incoming staff of a post
 * keep the duty log (R-HO-1, R-HO-2, R-HO-8), prepare, count, question, refuse and sign a handover
 * (R-HO-4..R-HO-7), report and resolve the emergencies that block it (R-HO-3), and answer who is
 * responsible for a post at any instant. Outbound ports store handovers, duty logs and incidents
 * and read the duty schedule.
 */
@BoundedContext(name = "Shift handover", id = "handover")
package org.propertydesk.application.handover;

import org.jmolecules.ddd.annotation.BoundedContext;
