package org.propertydesk.archtests;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.Adapter;
import org.jmolecules.architecture.hexagonal.Port;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.ddd.annotation.AggregateRoot;

/**
 * DESIGN.md's "Dependency rules" as ArchUnit rules, one constant (or factory) per rule. The same
 * objects check the production classes ({@link ArchitectureTest}) and the deliberately broken
 * canary fixtures ({@link CanaryTest}), so a rule that stopped biting would show in the canary.
 *
 * <p>Every rule is evaluated with {@code archRule.failOnEmptyShould=true} (archunit.properties): a
 * rule whose subject selects no class fails rather than passing in silence. The jMolecules rules
 * opt out of that themselves, which is why the existence rules below exist.
 */
public final class PropertyDeskRules {

    public static final String BASE_PACKAGE = "org.propertydesk";

    public static final String DOMAIN = "org.propertydesk.domain..";
    public static final String APPLICATION = "org.propertydesk.application..";
    public static final String TESTKIT = "org.propertydesk.testkit..";
    public static final String ADAPTERS = "org.propertydesk.adapters..";
    public static final String ADAPTERS_GRPC = "org.propertydesk.adapters.grpc..";
    public static final String ADAPTERS_JDBC = "org.propertydesk.adapters.jdbc..";
    public static final String EXAMPLES = "org.propertydesk.examples..";
    public static final String BENCHMARKS = "org.propertydesk.benchmarks..";

    /** The shared kernel: the one context every other context may depend on. */
    public static final String KERNEL = "kernel";

    /** The bounded contexts of DESIGN.md "Layout", each a package segment inside every module. */
    public static final Set<String> BOUNDED_CONTEXTS =
            Set.of(KERNEL, "roster", "handover", "complaint", "firstcontact", "risk", "confidentiality");

    /** domain → JDK, jMolecules, Vavr and itself. */
    public static final List<String> DOMAIN_MAY_DEPEND_ON = List.of("java..", "io.vavr..", "org.jmolecules..", DOMAIN);

    /** application → what the domain may use, the domain, and itself. */
    public static final List<String> APPLICATION_MAY_DEPEND_ON = with(DOMAIN_MAY_DEPEND_ON, APPLICATION);

    /** testkit → application and domain plus the test libraries it is built on. */
    public static final List<String> TESTKIT_MAY_DEPEND_ON = with(
            APPLICATION_MAY_DEPEND_ON, TESTKIT, "net.jqwik..", "org.junit..", "org.assertj..", "org.opentest4j..");

    /** The wire types of the gRPC adapter: generated stubs' runtime, protobuf and the rich error model. */
    public static final List<String> GRPC_AND_PROTOBUF = List.of("io.grpc..", "com.google.protobuf..", "com.google.rpc..");

    public static final List<String> JDBC = List.of("java.sql..", "javax.sql..");

    public static final List<String> JACKSON = List.of("com.fasterxml.jackson..");

    /** {@code @Port} or a stereotype meta-annotated with it ({@code @PrimaryPort}, {@code @SecondaryPort}). */
    public static final DescribedPredicate<JavaClass> HEXAGONAL_PORT = stereotypedWith(
            Port.class, "a hexagonal port (@PrimaryPort, @SecondaryPort or @Port on the type or its package)");

    /** {@code @Adapter} or a stereotype meta-annotated with it ({@code @PrimaryAdapter}, {@code @SecondaryAdapter}). */
    public static final DescribedPredicate<JavaClass> HEXAGONAL_ADAPTER = stereotypedWith(
            Adapter.class, "a hexagonal adapter (@PrimaryAdapter, @SecondaryAdapter or @Adapter on the type or its package)");

    public static final DescribedPredicate<JavaClass> SECONDARY_PORT = stereotypedWith(
            SecondaryPort.class, "secondary ports (@SecondaryPort on the type or its package)");

    public static final DescribedPredicate<JavaClass> AGGREGATE_ROOT =
            describe("aggregate roots (@AggregateRoot or implementing AggregateRoot)", javaClass ->
                    javaClass.isAnnotatedWith(AggregateRoot.class)
                            || javaClass.isAssignableTo(org.jmolecules.ddd.types.AggregateRoot.class));

    public static final DescribedPredicate<JavaClass> APPLICATION_PORT =
            describe("ports of the application", javaClass ->
                    javaClass.isInterface() && residesIn(javaClass, "org.propertydesk.application") && HEXAGONAL_PORT.test(javaClass));

    public static final DescribedPredicate<JavaClass> IMPLEMENT_AN_APPLICATION_PORT =
            describe("implement a port of the application", javaClass ->
                    javaClass.getAllRawInterfaces().stream().anyMatch(APPLICATION_PORT));

    public static final DescribedPredicate<JavaClass> SEALED = describe("sealed", JavaClass::isSealed);

    public static final DescribedPredicate<JavaClass> IN_A_BOUNDED_CONTEXT =
            describe("reside in a bounded context (" + String.join(", ", BOUNDED_CONTEXTS.stream().sorted().toList()) + ")",
                    javaClass -> boundedContextOf(javaClass.getPackageName()).isPresent());

    // ---- 1. allow-lists ----------------------------------------------------------------------

    public static final ArchRule DOMAIN_ONLY_DEPENDS_ON_JDK_VAVR_JMOLECULES = onlyDependsOn(DOMAIN, DOMAIN_MAY_DEPEND_ON)
            .because("DESIGN.md, Dependency rules: domain → JDK, jmolecules-ddd, jmolecules-events, vavr; nothing else");

    public static final ArchRule APPLICATION_ONLY_DEPENDS_ON_DOMAIN = onlyDependsOn(APPLICATION, APPLICATION_MAY_DEPEND_ON)
            .because("DESIGN.md, Dependency rules: application → domain (+ the same libraries); no adapter types");

    public static final ArchRule TESTKIT_ONLY_DEPENDS_ON_CORE_AND_TEST_LIBRARIES = onlyDependsOn(TESTKIT, TESTKIT_MAY_DEPEND_ON)
            .because("DESIGN.md, Dependency rules: testkit → application, domain, jqwik, JUnit, AssertJ");

    // ---- 2. adapters ---------------------------------------------------------------------------

    /** One slice per adapter module (grpc, jdbc, and any later one); none may use another. */
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("org.propertydesk.adapters.(*)..")
            .namingSlices("adapters-$1")
            .should().notDependOnEachOther()
            .because("DESIGN.md, Dependency rules: adapters never depend on each other");

    // ---- 3. technology confinement -------------------------------------------------------------

    public static final ArchRule GRPC_AND_PROTOBUF_ONLY_IN_GRPC_ADAPTER_EXAMPLES_BENCHMARKS =
            confined(GRPC_AND_PROTOBUF, ADAPTERS_GRPC, EXAMPLES, BENCHMARKS)
                    .because("DESIGN.md, Dependency rules: no gRPC outside the gRPC adapter (examples and benchmarks may use anything)");

    public static final ArchRule JDBC_ONLY_IN_JDBC_ADAPTER_EXAMPLES_BENCHMARKS =
            confined(JDBC, ADAPTERS_JDBC, EXAMPLES, BENCHMARKS)
                    .because("DESIGN.md, Dependency rules: no JDBC outside the JDBC adapter (examples and benchmarks may use anything)");

    public static final ArchRule JACKSON_ONLY_IN_ADAPTERS_EXAMPLES_BENCHMARKS =
            confined(JACKSON, ADAPTERS_GRPC, ADAPTERS_JDBC, EXAMPLES, BENCHMARKS)
                    .because("DESIGN.md, Dependency rules: no Jackson in domain, application or testkit; adapters serialise");

    // ---- 4. cycles -----------------------------------------------------------------------------

    /** One slice per package, across all modules. */
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("org.propertydesk.(**)")
            .should().beFreeOfCycles()
            .because("DESIGN.md, Dependency rules: no package cycles, inside or across modules");

    // ---- 5. bounded contexts -------------------------------------------------------------------

    public static final ArchRule BOUNDED_CONTEXTS_DEPEND_ONLY_ON_THEMSELVES_AND_KERNEL = classes()
            .that(IN_A_BOUNDED_CONTEXT)
            .should(dependOnlyOnTheirOwnContextOrTheKernel())
            .because("DESIGN.md, Dependency rules: bounded contexts depend only on kernel, never on each other's internals");

    // ---- 6. jMolecules -------------------------------------------------------------------------

    /** Aggregates reference each other by id or Association, entities belong to their aggregate, value objects hold no entities. */
    public static final ArchRule JMOLECULES_DDD = JMoleculesDddRules.all();

    /**
     * Ports and adapters access each other only in the directions of the hexagon (jMolecules'
     * default, strict verification). Among other things only an adapter may touch another adapter:
     * code that builds adapters and plugs them into ports (a server bootstrap, an example) is
     * itself an {@code @Adapter}, or it is reported.
     */
    public static final ArchRule JMOLECULES_HEXAGONAL = JMoleculesArchitectureRules.ensureHexagonal();

    // ---- 7. non-vacuity: the jMolecules rules pass silently when nothing is annotated ----------

    public static final ArchRule APPLICATION_DECLARES_SECONDARY_PORTS = classes()
            .that().resideInAPackage(APPLICATION).and().areInterfaces().and(SECONDARY_PORT)
            .should().bePublic()
            .allowEmptyShould(false)
            .because("the hexagonal rules check nothing unless the application declares its outbound ports with @SecondaryPort;"
                    + " an integrator implements them, so they are public");

    public static final ArchRule DOMAIN_DECLARES_AGGREGATE_ROOTS = classes()
            .that().resideInAPackage(DOMAIN).and(AGGREGATE_ROOT)
            .should().bePublic()
            .allowEmptyShould(false)
            .because("the jMolecules DDD rules check nothing unless the domain marks its aggregate roots (DESIGN.md, Domain style)");

    /**
     * Every public interface of the application is a port. A sealed interface is exempt: it is a
     * closed sum type (a result or state), which no adapter can implement.
     */
    public static final ArchRule PUBLIC_APPLICATION_INTERFACES_ARE_PORTS = classes()
            .that().resideInAPackage(APPLICATION).and().areInterfaces().and().arePublic()
            .and().areNotAnnotations().and(DescribedPredicate.not(SEALED))
            .should(be(HEXAGONAL_PORT))
            .because("DESIGN.md: ports carry jmolecules-hexagonal-architecture stereotypes, so the hexagon rules can see them");

    public static final ArchRule ADAPTERS_OF_APPLICATION_PORTS_ARE_STEREOTYPED = classes()
            .that().resideInAPackage(ADAPTERS).and().areTopLevelClasses().and(IMPLEMENT_AN_APPLICATION_PORT)
            .should(be(HEXAGONAL_ADAPTER))
            .because("DESIGN.md: adapters carry jmolecules-hexagonal-architecture stereotypes, so the hexagon rules can see them");

    private PropertyDeskRules() {}

    /**
     * An allow-list: classes in {@code packageIdentifier} may depend only on classes in
     * {@code allowed}. Used for the domain, application and testkit rings; a mistyped package
     * selects nothing and so fails (failOnEmptyShould).
     */
    public static ArchRule onlyDependsOn(String packageIdentifier, List<String> allowed) {
        return classes()
                .that().resideInAPackage(packageIdentifier)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new));
    }

    /** No PropertyDesk class outside {@code allowedIn} depends on {@code technology}. */
    public static ArchRule confined(List<String> technology, String... allowedIn) {
        return noClasses()
                .that().resideInAPackage(BASE_PACKAGE + "..").and().resideOutsideOfPackages(allowedIn)
                .should().dependOnClassesThat().resideInAnyPackage(technology.toArray(String[]::new));
    }

    /**
     * The bounded context of a PropertyDesk package: the first segment after {@code org.propertydesk}
     * that names a context, so {@code org.propertydesk.domain.complaint}, {@code
     * org.propertydesk.application.complaint.intake} and {@code org.propertydesk.adapters.jdbc.complaint}
     * are all in {@code complaint}. Packages such as {@code org.propertydesk.examples} belong to none.
     */
    public static Optional<String> boundedContextOf(String packageName) {
        String prefix = BASE_PACKAGE + ".";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        return Arrays.stream(packageName.substring(prefix.length()).split("\\."))
                .filter(BOUNDED_CONTEXTS::contains)
                .findFirst();
    }

    private static ArchCondition<JavaClass> dependOnlyOnTheirOwnContextOrTheKernel() {
        return new ArchCondition<>("depend only on classes of their own bounded context or of " + KERNEL) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = boundedContextOf(origin.getPackageName()).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    boundedContextOf(target.getPackageName())
                            .filter(other -> !other.equals(own) && !other.equals(KERNEL))
                            .ifPresent(other -> events.add(SimpleConditionEvent.violated(dependency, String.format(
                                    "context %s reaches into context %s: %s",
                                    own, other, dependency.getDescription()))));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> stereotypedWith(Class<? extends Annotation> stereotype, String description) {
        return describe(description, javaClass -> {
            if (javaClass.isAnnotatedWith(stereotype) || javaClass.isMetaAnnotatedWith(stereotype)) {
                return true;
            }
            // jMolecules' own lookup also reads package-info stereotypes, of the package and its parents.
            Optional<JavaPackage> javaPackage = Optional.of(javaClass.getPackage());
            while (javaPackage.isPresent()) {
                JavaPackage current = javaPackage.get();
                if (current.isAnnotatedWith(stereotype) || current.isMetaAnnotatedWith(stereotype)) {
                    return true;
                }
                javaPackage = current.getParent();
            }
            return false;
        });
    }

    private static boolean residesIn(JavaClass javaClass, String packageName) {
        String name = javaClass.getPackageName();
        return name.equals(packageName) || name.startsWith(packageName + ".");
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
