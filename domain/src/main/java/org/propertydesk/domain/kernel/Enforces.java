package org.propertydesk.domain.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code that enforces a rule by behaviour rather than by a rejection (a port every timestamp
 * comes from, a detector, an escalation, an audit entry), naming the rule by its constant so the
 * generated rule catalogue (docs/RULES.md) can trace rule → code without free-text ids.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Enforces {

    /** The rules this type or method enforces. */
    Rule[] value();
}
