/**
 * Runnable examples of embedding PropertyDesk: {@code EmbeddedDesk}, every desk wired on one
 * {@code DataSource} as an integrator does it; {@code DemoOffice}, one office set up on it; and
 * {@code DayAtTheDesk}, the story the README's main command tells on that office. Examples wire
 * ports to adapters, so the package is an adapter in hexagonal terms.
 */
@Adapter
package org.propertydesk.examples;

import org.jmolecules.architecture.hexagonal.Adapter;
