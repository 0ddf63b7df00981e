package org.propertydesk.archtests.docs;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.propertydesk.domain.kernel.Enforces;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StateMachine;

/**
 * Generates the living documentation from the code itself: {@code docs/RULES.md} (every
 * {@link Rule} with the rejections that name it, the main code that enforces it (references its
 * constant, carries {@link Enforces}, or creates a rejection that names it) and the tests that
 * name it) and {@code docs/STATES.md} (one Mermaid diagram per {@link StateMachine} constant).
 * Output is deterministic: rules in rulebook order, everything else sorted, no timestamps.
 */
public final class LivingDocumentation {

    /** Packages whose classes count as enforcing code (not the test kit, examples or benchmarks). */
    private static final List<String> ENFORCING_PACKAGES = List.of(
            "org.propertydesk.domain.", "org.propertydesk.application.", "org.propertydesk.adapters.");

    private static final Pattern TEST_NAME = Pattern.compile("@(?:DisplayName|Label)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern RULE_ID = Pattern.compile("(?<![A-Za-z0-9-])(K-\\d+|R-[A-Z]{2}-\\d+)(?![0-9])");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** What the code says about one rule. */
    public record RuleEntry(Rule rule, SortedSet<String> rejections, SortedSet<String> enforcedBy, SortedSet<String> tests) {}

    private final Path root;
    private final JavaClasses production;

    public LivingDocumentation(Path root, JavaClasses production) {
        this.root = root;
        this.production = production;
    }

    /** The project root: the nearest directory upwards from the working directory holding {@code arch-tests/} and {@code domain/}. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("arch-tests")) && Files.isDirectory(dir.resolve("domain"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no project root (with arch-tests/ and domain/) above " + Path.of("").toAbsolutePath());
    }

    // ---- rules ------------------------------------------------------------------------------------

    public Map<Rule, RuleEntry> rules() {
        Map<Rule, RuleEntry> entries = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            entries.put(rule, new RuleEntry(rule, new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
        }
        for (JavaClass javaClass : production) {
            if (javaClass.isEquivalentTo(Rule.class) || javaClass.getName().startsWith(Rule.class.getName() + "$")) {
                continue;
            }
            JavaClass named = namedClass(javaClass);
            boolean rejection = named.isAssignableTo(Rejection.class) && !named.isInterface();
            for (JavaFieldAccess access : javaClass.getFieldAccessesFromSelf()) {
                Optional<Rule> rule = ruleConstant(access);
                if (rule.isEmpty()) {
                    continue;
                }
                if (rejection) {
                    entries.get(rule.get()).rejections().add(display(named));
                } else if (enforcing(named)) {
                    entries.get(rule.get()).enforcedBy().add(display(named));
                }
            }
            javaClass.tryGetAnnotationOfType(Enforces.class).ifPresent(enforces -> {
                for (Rule rule : enforces.value()) {
                    entries.get(rule).enforcedBy().add(display(named));
                }
            });
            for (JavaMethod method : javaClass.getMethods()) {
                method.tryGetAnnotationOfType(Enforces.class).ifPresent(enforces -> {
                    for (Rule rule : enforces.value()) {
                        entries.get(rule).enforcedBy().add(display(named) + "#" + method.getName());
                    }
                });
            }
        }
        // a class that creates a rejection enforces the rule the rejection names
        for (JavaClass javaClass : production) {
            JavaClass named = namedClass(javaClass);
            if (!named.isAssignableTo(Rejection.class) || named.isInterface()) {
                continue;
            }
            String rejection = display(named);
            for (JavaConstructorCall call : javaClass.getConstructorCallsToSelf()) {
                JavaClass caller = namedClass(call.getOriginOwner());
                if (caller.isAssignableTo(Rejection.class) || !enforcing(caller)) {
                    continue;
                }
                for (RuleEntry entry : entries.values()) {
                    if (entry.rejections().contains(rejection)) {
                        entry.enforcedBy().add(display(caller));
                    }
                }
            }
        }
        testsNamingRules().forEach((rule, tests) -> entries.get(rule).tests().addAll(tests));
        return entries;
    }

    private static Optional<Rule> ruleConstant(JavaFieldAccess access) {
        if (!access.getTargetOwner().isEquivalentTo(Rule.class)) {
            return Optional.empty();
        }
        String name = access.getTarget().getName();
        return Stream.of(Rule.values()).filter(rule -> rule.name().equals(name)).findFirst();
    }

    /** Anonymous and synthetic classes (switch maps, lambdas' holders) stand for the class that declares them. */
    private JavaClass namedClass(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getName().matches(".*\\$\\d+$")) {
            String outer = current.getName().replaceFirst("\\$\\d+$", "");
            if (current.getEnclosingClass().isPresent()) {
                current = current.getEnclosingClass().get();
            } else if (production.contain(outer)) {
                current = production.get(outer);
            } else {
                break;
            }
        }
        return current;
    }

    private static boolean enforcing(JavaClass javaClass) {
        return ENFORCING_PACKAGES.stream().anyMatch(javaClass.getName()::startsWith);
    }

    private static String display(JavaClass javaClass) {
        return javaClass.getName().replace('$', '.');
    }

    /** Rule ids named in {@code @DisplayName}/{@code @Label} strings of every module's {@code src/test/java}, by test class. */
    public Map<Rule, SortedSet<String>> testsNamingRules() {
        Map<Rule, SortedSet<String>> byRule = new EnumMap<>(Rule.class);
        for (Path file : testSources()) {
            String source = read(file);
            Matcher pkg = PACKAGE.matcher(source);
            String name = file.getFileName().toString().replaceFirst("\\.java$", "");
            String className = pkg.find() ? pkg.group(1) + "." + name : name;
            Matcher label = TEST_NAME.matcher(source);
            while (label.find()) {
                Matcher id = RULE_ID.matcher(label.group(1));
                while (id.find()) {
                    Rule.byId(id.group(1)).ifPresent(rule ->
                            byRule.computeIfAbsent(rule, r -> new TreeSet<>()).add(className));
                }
            }
        }
        return byRule;
    }

    private List<Path> testSources() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().collect(Collectors.toList())) {
                Path tests = module.resolve("src/test/java");
                if (Files.isDirectory(tests)) {
                    try (Stream<Path> walk = Files.walk(tests)) {
                        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Where the source of a class (or {@code Class#method}) lives, relative to {@code docs/}. */
    private Optional<String> sourceOf(String displayName) {
        String className = displayName.split("#")[0];
        String path = className.replace('.', '/');
        // nested classes live in their top-level class's file: drop segments that start upper-case after the first
        String[] parts = path.split("/");
        StringBuilder topLevel = new StringBuilder();
        for (String part : parts) {
            if (topLevel.length() > 0) {
                topLevel.append('/');
            }
            topLevel.append(part);
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
        }
        String relative = topLevel + ".java";
        for (String set : List.of("src/main/java/", "src/test/java/")) {
            try (Stream<Path> modules = Files.list(root)) {
                Optional<Path> hit = modules.sorted()
                        .map(module -> module.resolve(set + relative))
                        .filter(Files::isRegularFile)
                        .findFirst();
                if (hit.isPresent()) {
                    return Optional.of("../" + root.relativize(hit.get()).toString().replace('\\', '/'));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    public static String anchor(Rule rule) {
        return rule.id().toLowerCase(java.util.Locale.ROOT);
    }

    public String rulesMarkdown() {
        Map<Rule, RuleEntry> entries = rules();
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n")
                .append("Generated from the code by `LivingDocumentationTest` (arch-tests); do not edit by hand.\n")
                .append("Regenerate with `mvn -B verify -pl arch-tests -am -Dpropertydesk.docs.write=true`.\n\n")
                .append("Every rule is a constant of `org.propertydesk.domain.kernel.Rule`. For each: the rejection types\n")
                .append("that name it, the main code that enforces it (code that references its constant, carries\n")
                .append("`@Enforces`, or creates one of its rejections), and the test classes whose `@DisplayName` or\n")
                .append("`@Label` names its id.\n\n")
                .append("| rule | title | rejections | enforced in | tests |\n")
                .append("|---|---|---:|---:|---:|\n");
        for (RuleEntry entry : entries.values()) {
            md.append("| [").append(entry.rule().id()).append("](#").append(anchor(entry.rule())).append(") | ")
                    .append(entry.rule().title()).append(" | ")
                    .append(entry.rejections().size()).append(" | ")
                    .append(entry.enforcedBy().size()).append(" | ")
                    .append(entry.tests().size()).append(" |\n");
        }
        for (RuleEntry entry : entries.values()) {
            Rule rule = entry.rule();
            md.append("\n<a id=\"").append(anchor(rule)).append("\"></a>\n")
                    .append("## ").append(rule.id()).append(" · ").append(rule.title()).append("\n\n")
                    .append(rule.summary()).append("\n\n")
                    .append("- Source: ").append(rule.manual().name()).append(" ").append(rule.manual().title())
                    .append(" — ").append(rule.section()).append("\n");
            list(md, "Rejections", entry.rejections());
            list(md, "Enforced in", entry.enforcedBy());
            list(md, "Tests", entry.tests());
        }
        return md.toString();
    }

    private void list(StringBuilder md, String heading, SortedSet<String> names) {
        md.append("- ").append(heading).append(":");
        if (names.isEmpty()) {
            md.append(" none\n");
            return;
        }
        md.append("\n");
        for (String name : names) {
            md.append("  - ");
            Optional<String> source = sourceOf(name);
            if (source.isPresent()) {
                md.append("[`").append(name).append("`](").append(source.get()).append(")");
            } else {
                md.append("`").append(name).append("`");
            }
            md.append("\n");
        }
    }

    // ---- state machines ---------------------------------------------------------------------------

    /** A {@code public static final StateMachine} constant and where it is declared. */
    public record Machine(String owner, String field, StateMachine<?> machine) {}

    public List<Machine> machines() {
        List<Machine> machines = new ArrayList<>();
        for (JavaClass javaClass : production) {
            if (!javaClass.getName().startsWith("org.propertydesk.domain.")) {
                continue;
            }
            for (JavaField field : javaClass.getFields()) {
                if (field.getRawType().isEquivalentTo(StateMachine.class)
                        && field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getModifiers().contains(JavaModifier.PUBLIC)) {
                    try {
                        java.lang.reflect.Field reflected = field.reflect();
                        reflected.setAccessible(true);
                        machines.add(new Machine(display(javaClass), field.getName(), (StateMachine<?>) reflected.get(null)));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        machines.sort(Comparator.comparing(Machine::owner).thenComparing(Machine::field));
        return machines;
    }

    public String statesMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# State machines\n\n")
                .append("Generated from the code by `LivingDocumentationTest` (arch-tests); do not edit by hand.\n")
                .append("Regenerate with `mvn -B verify -pl arch-tests -am -Dpropertydesk.docs.write=true`.\n\n")
                .append("One diagram per `StateMachine` constant: the declaration the aggregate consults before every\n")
                .append("transition. `[*] -->` marks the initial state, `--> [*]` the terminal states (no action leaves them).\n");
        for (Machine m : machines()) {
            appendMachine(md, m, m.machine());
        }
        return md.toString();
    }

    private <S extends Enum<S>> void appendMachine(StringBuilder md, Machine m, StateMachine<S> machine) {
        Optional<String> source = sourceOf(m.owner());
        String constant = "`" + m.owner() + "." + m.field() + "`";
        md.append("\n## ").append(machine.name()).append("\n\n")
                .append("Declared as ").append(source.map(s -> "[" + constant + "](" + s + ")").orElse(constant)).append(". ")
                .append("Initial: `").append(machine.initial().name()).append("`. ")
                .append("Terminal: ").append(machine.terminal().map(s -> "`" + s.name() + "`").mkString(", ")).append(".\n\n")
                .append("```mermaid\nstateDiagram-v2\n")
                .append("    [*] --> ").append(machine.initial().name()).append("\n");
        for (StateMachine.Transition<S> step : machine.transitions()) {
            md.append("    ").append(step.from().name()).append(" --> ").append(step.to().name())
                    .append(" : ").append(step.action().replace(":", " ")).append("\n");
        }
        machine.states().filter(state -> !machine.reachable().contains(state))
                .forEach(state -> md.append("    ").append(state.name()).append("\n"));
        machine.terminal().forEach(state -> md.append("    ").append(state.name()).append(" --> [*]\n"));
        md.append("```\n");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
