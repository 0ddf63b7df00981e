package org.propertydesk.adapters.grpc.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One page of a list call (AIP-158): how many items, from which position, of which listing. Page
 * tokens are opaque to clients; they carry the position and a fingerprint of the listing, so a
 * token is refused for another parent or filter.
 */
public record PageRequest(int size, int offset, String listing) {

    public PageRequest {
        Objects.requireNonNull(listing, "listing");
        if (size <= 0 || offset < 0) {
            throw new IllegalArgumentException("page size must be positive and offset not negative");
        }
    }

    /** The items of this page out of the whole listing, and the token of the next page ("" at the end). */
    public <T> Page<T> of(Seq<T> all) {
        Seq<T> items = all.drop(offset).take(size);
        boolean more = all.size() > offset + size;
        return new Page<>(items, more ? encode(offset + size, listing) : "");
    }

    /** A page's items and the token for the next one ("" when this is the last page). */
    public record Page<T>(Seq<T> items, String nextPageToken) {}

    static String encode(int offset, String listing) {
        String plain = "1|" + fingerprint(listing) + "|" + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Option<Integer> decode(String token, String listing) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals("1") || !parts[1].equals(fingerprint(listing)) || !parts[2].matches("\\d{1,9}")) {
                return Option.none();
            }
            return Option.some(Integer.parseInt(parts[2]));
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }

    private static String fingerprint(String listing) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(listing.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
