package org.propertydesk.domain.complaint;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Rejections;

/**
 * What the desk tells the complainant, and the commitment it makes, if any. A commitment goes
 * beyond a plain answer (a promised date, a compensation, work outside the service contract) and
 * needs the office manager's approval before the reply is given (R-CO-6, 不得随意作出口头承诺).
 */
@ValueObject
public record Reply(String text, Option<String> commitment) {

    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(commitment, "commitment");
    }

    public static Either<Rejections<ComplaintRejection>, Reply> of(String text, Option<String> commitment) {
        if (text == null || text.isBlank()) {
            return Either.left(Rejections.of(new ComplaintRejection.BlankReply()));
        }
        return Either.right(new Reply(text.strip(), commitment.map(String::strip).filter(c -> !c.isBlank())));
    }

    public static Reply plain(String text) {
        return new Reply(text, Option.none());
    }

    public static Reply promising(String text, String commitment) {
        return new Reply(text, Option.some(commitment));
    }

    public boolean carriesCommitment() {
        return commitment.isDefined();
    }
}
