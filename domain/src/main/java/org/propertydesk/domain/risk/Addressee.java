package org.propertydesk.domain.risk;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Rejections;

/**
 * One recipient of a notice and the channel it goes by, e.g. the owner of 3-1201 by registered mail
 * or the notice board of block 3 by posting. Build one from untrusted input with {@link #of}.
 *
 * @param who the unit, shop, key unit or place of posting, as the office names it
 */
@ValueObject
public record Addressee(Party party, String who, Channel channel) {

    public Addressee {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(channel, "channel");
    }

    /** A notice posted at {@code where}. */
    public static Addressee posting(String where) {
        return new Addressee(Party.PUBLIC_POSTING, where, Channel.POSTED);
    }

    /** A named recipient by {@code channel}, for code that already knows the values are sound. */
    public static Addressee to(Party party, String who, Channel channel) {
        return new Addressee(party, who, channel);
    }

    /**
     * From untrusted input: the recipient is named, and a public posting — and only it — goes by
     * posting, since a posting is proven by a photo and anything else by stub or receipt (R-RN-9).
     */
    public static Either<Rejections<RiskRejection>, Addressee> of(Party party, String who, Channel channel) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(channel, "channel");
        boolean sound = !who.isBlank() && (party == Party.PUBLIC_POSTING) == channel.posting();
        return Rejections.unless(
                sound ? List.empty() : List.of(new RiskRejection.InvalidAddressee(party, who, channel)),
                () -> new Addressee(party, who.strip(), channel));
    }
}
