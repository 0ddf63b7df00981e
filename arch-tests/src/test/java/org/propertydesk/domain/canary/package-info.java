/**
 * Canary (arch-tests only): domain fixtures that break the rules on purpose. {@code CanaryTest}
 * checks that each rule reports exactly the classes it should; the production check never imports
 * these (they are test classes).
 */
package org.propertydesk.domain.canary;
