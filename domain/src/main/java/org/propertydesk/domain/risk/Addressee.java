package org.propertydesk.domain.risk;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One recipient of a notice and the channel it goes by, e.g. the owner of 3-1201 by registered mail
 * or the notice board of block 3 by posting.
 *
 * @param who the unit, shop, key unit or place of posting, as the office names it
 */
@ValueObject
public record Addressee(Party party, String who, Channel channel) {

    public Addressee {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(channel, "channel");
        if (who.isBlank()) {
            throw new IllegalArgumentException("an addressee is named");
        }
        if ((party == Party.PUBLIC_POSTING) != channel.posting()) {
            throw new IllegalArgumentException("a public posting, and only it, goes by posting: " + party + " by " + channel);
        }
    }

    public static Addressee posting(String where) {
        return new Addressee(Party.PUBLIC_POSTING, where, Channel.POSTED);
    }

    public static Addressee of(Party party, String who, Channel channel) {
        return new Addressee(party, who, channel);
    }
}
