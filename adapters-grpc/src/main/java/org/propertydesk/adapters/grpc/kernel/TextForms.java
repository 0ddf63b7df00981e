package org.propertydesk.adapters.grpc.kernel;

/**
 * The character-level forms request fields are checked against, in one pass each. They run on
 * every field of every call, where a regular expression's matcher cost more than the rest of the
 * check; {@code TextFormsProperties} holds each to the regular expression it replaces.
 */
final class TextForms {

    private TextForms() {}

    /**
     * Whether {@code text} holds a control character other than newline and tab, a lone surrogate, or
     * one of the noncharacters U+FFFE and U+FFFF: what {@code [\p{Cc}&&[^\n\t]]|[\p{Cs}\x{FFFE}\x{FFFF}]}
     * finds. A well-formed surrogate pair is one supplementary character, not a surrogate.
     */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            int type = Character.getType(point);
            if ((type == Character.CONTROL && point != '\n' && point != '\t')
                    || type == Character.SURROGATE
                    || point == 0xFFFE
                    || point == 0xFFFF) {
                return true;
            }
            i += Character.charCount(point);
        }
        return false;
    }

    /**
     * Whether {@code text} is a UUID in its canonical lower-case form:
     * {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}.
     */
    static boolean isCanonicalUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
