package org.propertydesk.adapters.grpc.kernel;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

/**
 * Bearer tokens from a file that holds only their SHA-256 hashes, so a leaked file gives nobody a
 * token. One token per line, {@code #} starts a comment:
 *
 * <pre>
 * # sha256 of the token                                              office                               staff member
 * sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 6f1c2a4e-0000-4000-8000-000000000001 00000000-0000-0000-0000-000000000001
 * </pre>
 *
 * A presented token is hashed and compared with every line in constant time; the caller's role and
 * clearance are not in the file but read from the directory by each use case, so a changed role
 * takes effect at once. {@link #line} writes a line for a new token.
 */
public final class TokenFile implements BearerTokens {

    private static final Pattern LINE = Pattern.compile(
            "sha256:([0-9a-f]{64})\\s+([0-9a-f-]{36})\\s+([0-9a-f-]{36})");

    private record Entry(byte[] hash, Caller caller) {}

    private final List<Entry> entries;

    private TokenFile(List<Entry> entries) {
        this.entries = entries;
    }

    /** Reads a token file; a malformed line fails with its line number. */
    public static TokenFile read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the token file " + file, e);
        }
    }

    /** Parses the lines of a token file. */
    public static TokenFile parse(java.util.List<String> lines) {
        List<Entry> entries = List.empty();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("token file line " + number
                        + ": expected 'sha256:<64 hex digits> <office uuid> <staff uuid>'");
            }
            try {
                Caller caller = new Caller(new OfficeId(UUID.fromString(matcher.group(2))), new StaffId(UUID.fromString(matcher.group(3))));
                entries = entries.append(new Entry(HexFormat.of().parseHex(matcher.group(1)), caller));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("token file line " + number + ": not a UUID", e);
            }
        }
        return new TokenFile(entries);
    }

    /** The line that lets {@code token} act as {@code caller}. */
    public static String line(String token, Caller caller) {
        return "sha256:" + HexFormat.of().formatHex(sha256(token)) + " " + caller.office() + " " + caller.staff();
    }

    @Override
    public Option<Caller> verify(String token) {
        byte[] presented = sha256(token);
        Caller found = null;
        for (Entry entry : entries) {
            // Compare with every line, so the time taken says nothing about which line matched.
            if (MessageDigest.isEqual(entry.hash(), presented) && found == null) {
                found = entry.caller();
            }
        }
        return Option.of(found);
    }

    /** How many tokens the file holds. */
    public int size() {
        return entries.size();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
