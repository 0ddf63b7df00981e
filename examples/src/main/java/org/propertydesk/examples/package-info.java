/**
 * Runnable examples of embedding PropertyDesk: the walkthrough that the README's main command
 * runs, narrating the desk's rules on a concrete office.
 */
package org.propertydesk.examples;
