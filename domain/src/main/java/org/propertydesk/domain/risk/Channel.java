package org.propertydesk.domain.risk;

/** How a notice reaches its addressee. */
public enum Channel {
    /** 张贴: posted in a public place; proven by a photo. */
    POSTED(false, true),
    /** 发函: an ordinary letter; proven by its kept stub. */
    LETTER(false, false),
    /** Handed over against the addressee's signature; proven by the signed receipt. */
    HAND_DELIVERY_WITH_SIGNATURE(true, false),
    /** 挂号信 / EMS with return receipt. */
    REGISTERED_MAIL(true, false),
    /** 公证送达: service witnessed by a notary. */
    NOTARISED_SERVICE(true, false);

    private final boolean legallyRecognised;
    private final boolean posting;

    Channel(boolean legallyRecognised, boolean posting) {
        this.legallyRecognised = legallyRecognised;
        this.posting = posting;
    }

    /** 法律认可的有效途径: service a court accepts as proven (R-RN-2, R-RN-3). */
    public boolean legallyRecognised() {
        return legallyRecognised;
    }

    public boolean posting() {
        return posting;
    }

    /** In writing to a named addressee (发函 or better). */
    public boolean written() {
        return !posting;
    }
}
