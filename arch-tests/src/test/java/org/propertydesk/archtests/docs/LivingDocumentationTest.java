package org.propertydesk.archtests.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.archtests.PropertyDeskClasses;
import org.propertydesk.domain.kernel.Rule;

/**
 * Keeps {@code docs/RULES.md} and {@code docs/STATES.md} equal to what the code says now, and every
 * rule enforced and tested. With {@code -Dpropertydesk.docs.write=true} it rewrites both documents
 * instead of comparing them.
 */
@DisplayName("Living documentation: docs/RULES.md and docs/STATES.md are generated from the code and never stale")
class LivingDocumentationTest {

    static final String WRITE = "propertydesk.docs.write";
    static final String REGENERATE = "Regenerate and commit them: mvn -B verify -pl arch-tests -am -D" + WRITE + "=true";

    private static Path root;
    private static LivingDocumentation docs;

    @BeforeAll
    static void generate() {
        root = LivingDocumentation.projectRoot();
        docs = new LivingDocumentation(root, PropertyDeskClasses.production());
    }

    @Test
    @DisplayName("docs/RULES.md is what the generator produces from the code now")
    void rulesAreCurrent() throws IOException {
        check(root.resolve("docs/RULES.md"), docs.rulesMarkdown());
    }

    @Test
    @DisplayName("docs/STATES.md is what the generator produces from the code now")
    void statesAreCurrent() throws IOException {
        check(root.resolve("docs/STATES.md"), docs.statesMarkdown());
    }

    @Test
    @DisplayName("every rule has main code that enforces it (a reference to its constant, @Enforces, or a rejection it creates)")
    void everyRuleIsEnforced() {
        List<String> unenforced = docs.rules().values().stream()
                .filter(entry -> entry.enforcedBy().isEmpty())
                .map(entry -> entry.rule().id())
                .collect(Collectors.toList());
        assertThat(unenforced)
                .as("rules without enforcing main code: reference the Rule constant from the code that enforces it, "
                        + "or annotate that type or method with @Enforces(Rule.X)")
                .isEmpty();
    }

    @Test
    @DisplayName("every rule is named by at least one test's @DisplayName or @Label")
    void everyRuleIsTested() {
        List<String> untested = docs.rules().values().stream()
                .filter(entry -> entry.tests().isEmpty())
                .map(entry -> entry.rule().id())
                .collect(Collectors.toList());
        assertThat(untested)
                .as("rules no test names in @DisplayName/@Label under */src/test/java")
                .isEmpty();
    }

    @Test
    @DisplayName("the generator sees every rule, the lifecycles of all six contexts, and test names in several modules")
    void generatorIsNotVacuous() {
        assertThat(docs.rules()).hasSize(Rule.values().length);
        assertThat(docs.machines().stream().map(m -> m.owner().split("\\.")[3]).distinct())
                .contains("roster", "handover", "complaint", "firstcontact", "risk", "confidentiality");
        Map<Rule, ?> named = docs.testsNamingRules();
        assertThat(named).isNotEmpty();
        assertThat(docs.rulesMarkdown()).contains("<a id=\"" + LivingDocumentation.anchor(Rule.R_HO_1) + "\"></a>");
        assertThat(docs.statesMarkdown()).contains("stateDiagram-v2", "[*] -->", "--> [*]");
    }

    private static void check(Path file, String generated) throws IOException {
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!committed.equals(generated)) {
            int line = firstDifference(committed, generated);
            fail("%s is stale: it differs from what the code says now, first at line %d%n  committed: %s%n  generated: %s%n%s",
                    root.relativize(file), line, lineAt(committed, line), lineAt(generated, line), REGENERATE);
        }
    }

    private static String lineAt(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? lines[line - 1] : "(end of file)";
    }

    private static int firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        int line = 0;
        while (line < a.length && line < b.length && a[line].equals(b[line])) {
            line++;
        }
        return line + 1;
    }
}
