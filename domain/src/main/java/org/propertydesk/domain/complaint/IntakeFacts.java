package org.propertydesk.domain.complaint;

import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The structured facts the desk records when it takes a complaint, from which its class is decided
 * rather than guessed (R-CO-1): what it is about and where, who is at fault, what is asked, whether
 * a repair is involved and how urgent, and whether the complaint is important (重要投诉, R-CO-7).
 *
 * @param account the complainant's words as recorded, kept with the record (R-CO-9)
 */
@ValueObject
public record IntakeFacts(
        Subject subject, Location location, Cause cause, Ask ask, Option<RepairUrgency> repair, boolean important, String account) {

    public IntakeFacts {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(repair, "repair");
        Objects.requireNonNull(account, "account");
    }

    /** The matter these facts describe: the same subject at the same place (R-CO-5, R-CO-8). */
    public Matter matter() {
        return new Matter(subject, location);
    }

    public IntakeFacts withRepair(RepairUrgency urgency) {
        return new IntakeFacts(subject, location, cause, ask, Option.some(urgency), important, account);
    }

    public IntakeFacts asImportant() {
        return new IntakeFacts(subject, location, cause, ask, repair, true, account);
    }
}
