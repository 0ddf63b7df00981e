package org.propertydesk.benchmarks.e2e;

import java.util.HexFormat;

/**
 * The pgbench script of one registration: the rows PropertyDesk's registration through gRPC writes,
 * inserted in one transaction — the {@code pd_complaint} row, its one {@code pd_complaint_event} row,
 * the {@code pd_outbox} row with the event's JSON at the office's next position under a lock of
 * {@code pd_outbox_head} (the rows of {@code jdbc.HandWritten}, column for column), and the
 * {@code pd_request} row that records the answer to the request id. Class, step and version are
 * constants, as a hand-written system would hard-code its intake. Every transaction picks a random
 * office of {@code offices} and two random 18-digit numbers that make the complaint and request ids
 * (36 characters, as a UUID), the complainant, the place and the account, so no two rows collide.
 */
final class RegistrationScript {

    private RegistrationScript() {}

    /** The office id pgbench's office {@code n} (1-based) has: 36 characters, as PropertyDesk's UUIDs. */
    static String officeId(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    /**
     * @param offices  how many offices (each with its {@code pd_outbox_head} row) to spread over
     * @param by       the registering assistant's staff id
     * @param operation the operation name PropertyDesk records with a request's answer
     * @param answerBytes the size of the recorded answer (the serialized {@code RegisterComplaintResponse})
     */
    static String text(int offices, String by, String operation, int answerBytes) {
        String office = "'00000000-0000-4000-8000-' || lpad(:office::text, 12, '0')";
        String complaint = "(:c1::text || :c2::text)";
        String second = "floor(extract(epoch from now()))::bigint";
        String nano = "(extract(microseconds from now())::bigint % 1000000 * 1000)::int";
        String location = "'Building ' || :building::text || ' unit ' || :c1::text";
        String account = "'The lift stops between floors 3 and 4 (' || :c1::text || ').'";
        String at = "(to_json(now() at time zone 'UTC') #>> '{}') || 'Z'";
        String payload = "'{\"complaint\":\"' || " + complaint + " || '\",\"office\":\"' || " + office
                + " || '\",\"complainant\":{\"value\":\"3-' || :c1::text || '\"},\"facts\":{\"subject\":\"EQUIPMENT_REPAIR\","
                + "\"location\":{\"value\":\"' || " + location + " || '\"},\"cause\":{},\"ask\":\"HELP\",\"repair\":null,"
                + "\"important\":false,\"account\":\"' || " + account + " || '\"},\"classification\":{\"kind\":\"HELP_SEEKING\","
                + "\"effective\":false},\"by\":\"" + by + "\",\"at\":\"' || " + at + " || '\"}'";
        // pgbench takes any colon before a letter for a variable, even inside a string literal.
        payload = payload.replaceAll("\":(?=[a-z])", "\":' || '");
        String answer = "'\\x" + HexFormat.of().formatHex(filler(answerBytes)) + "'::bytea";
        return String.join("\n",
                "-- One complaint registration's rows in one transaction (PropertyDesk benchmarks, e2e).",
                "\\set office random(1, " + offices + ")",
                "\\set c1 random(100000000000000000, 999999999999999999)",
                "\\set c2 random(100000000000000000, 999999999999999999)",
                "\\set building (:c1 % 9) + 1",
                "BEGIN;",
                "insert into pd_complaint (office_id, complaint_id, version, history_size, complainant, registered_second,"
                        + " registered_nano, subject, location, cause, utility, ask, repair, important, account, class_kind, class_value,"
                        + " step, closed, department, location_key) values (" + office + ", " + complaint + ", 0, 1, '3-' || :c1::text, "
                        + second + ", " + nano + ", 'EQUIPMENT_REPAIR', " + location + ", 'NO_FAULT', null, 'HELP', null, false, " + account
                        // Location.key(): lower case, blank runs as one space (this place has single spaces)
                        + ", 'COMMUNICATIVE', 'HELP_SEEKING', 'RECORDED', false, null, lower(" + location + "));",
                "insert into pd_complaint_event (office_id, complaint_id, sequence, event_type, at_second, at_nano, by_id, to_kind,"
                        + " to_value) values (" + office + ", " + complaint + ", 0, 'Registered', " + second + ", " + nano + ", '" + by
                        + "', 'COMMUNICATIVE', 'HELP_SEEKING');",
                "select position from pd_outbox_head where office_id = " + office + " for update \\gset",
                "\\set next :position + 1",
                "insert into pd_outbox (office_id, position, event_type, payload, published) values (" + office
                        + ", :next::bigint, 'complaint.Registered', " + payload + ", false);",
                "update pd_outbox_head set position = :next::bigint where office_id = " + office + ";",
                "insert into pd_request (office_id, request_id, operation, response) values (" + office
                        + ", (:c2::text || :c1::text), '" + operation.replace("'", "''") + "', " + answer + ");",
                "COMMIT;",
                "");
    }

    /** Bytes of the answer's size; the content does not matter to the database. */
    private static byte[] filler(int size) {
        byte[] bytes = new byte[Math.max(1, size)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
