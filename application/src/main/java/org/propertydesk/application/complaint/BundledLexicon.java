package org.propertydesk.application.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.propertydesk.domain.complaint.ClassificationSuggester;
import org.propertydesk.domain.complaint.Lexicon;

/**
 * The Chinese and English classification lexicon shipped with PropertyDesk (R-CO-1), read from the
 * classpath here so that the domain parses text and never does I/O.
 */
public final class BundledLexicon {

    /** Where the lexicon lives on the classpath. */
    public static final String RESOURCE = "/org/propertydesk/application/complaint/complaint-lexicon.tsv";

    private BundledLexicon() {}

    /** The shipped lexicon; a malformed shipped file is a build defect and throws. */
    public static Lexicon load() {
        try (InputStream in = BundledLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the complaint lexicon is missing from the classpath: " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Lexicon.parse(text).getOrElseThrow(problems -> new IllegalStateException(problems.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ClassificationSuggester suggester() {
        return new ClassificationSuggester(load());
    }
}
