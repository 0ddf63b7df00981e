package org.propertydesk.domain.kernel;

/**
 * One reason a command was refused by a rule. Each bounded context has a sealed sub-interface with
 * one record per reason; the record's typed fields say what was wrong, {@link #rule()} says which
 * rule of the rulebook refused it.
 */
public interface Rejection {

    /** The rule that refused the command. */
    Rule rule();

    /** A sentence for people: what is wrong, in the desk's terms. */
    String reason();
}
