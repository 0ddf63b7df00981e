package org.propertydesk.domain.complaint;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A complaint's class (R-CO-1): effective (有效投诉, against the company's failure of duty or breach
 * of rules, with its subject) or communicative (沟通性投诉, help-seeking, consulting or venting).
 * The class decides the procedure (R-CO-2, R-CO-3).
 */
public sealed interface Classification {

    /**
     * The class the intake facts decide: the company at fault makes it effective; anything else,
     * municipal utilities included, is communicative of the kind the complainant's ask says.
     */
    static Classification decide(IntakeFacts facts) {
        return facts.cause() instanceof Cause.CompanyFailure
                ? new Effective(facts.subject())
                : new Communicative(facts.ask().kind());
    }

    boolean isEffective();

    @ValueObject
    record Effective(Subject subject) implements Classification {
        public Effective {
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public boolean isEffective() {
            return true;
        }

        @Override
        public String toString() {
            return "effective (" + subject + ")";
        }
    }

    @ValueObject
    record Communicative(CommunicativeKind kind) implements Classification {
        public Communicative {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean isEffective() {
            return false;
        }

        @Override
        public String toString() {
            return "communicative (" + kind + ")";
        }
    }
}
