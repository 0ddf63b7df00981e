/**
 * Runnable examples of embedding PropertyDesk: the walkthrough that the README's main command
 * runs, narrating the desk's rules on a concrete office. Examples wire ports to adapters, so the
 * package is an adapter in hexagonal terms.
 */
@Adapter
package org.propertydesk.examples;

import org.jmolecules.architecture.hexagonal.Adapter;
