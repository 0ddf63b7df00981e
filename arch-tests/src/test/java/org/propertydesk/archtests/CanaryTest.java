package org.propertydesk.archtests;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.archtests.PropertyDeskRules.*;
import static org.propertydesk.archtests.Violations.namesOf;
import static org.propertydesk.archtests.Violations.offendingClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertydesk.adapters.grpc.canary.GrpcCanaryService;
import org.propertydesk.adapters.grpc.canary.GrpcSqlLeak;
import org.propertydesk.adapters.jdbc.canary.UnmarkedJdbcLedgers;
import org.propertydesk.adapters.jdbc.canary.outbound.JdbcNotifier;
import org.propertydesk.adapters.jdbc.confidentiality.canary.JdbcConfidentialityCanary;
import org.propertydesk.application.canary.JsonExport;
import org.propertydesk.application.canary.UnmarkedPort;
import org.propertydesk.application.canary.leaky.LeakyPort;
import org.propertydesk.application.roster.canary.RosterCanaryDesk;
import org.propertydesk.domain.canary.CanaryLedger;
import org.propertydesk.domain.canary.LeakyEntity;
import org.propertydesk.domain.canary.upward.ReachesIntoApplication;
import org.propertydesk.domain.complaint.canary.ComplaintCanary;
import org.propertydesk.domain.kernel.canary.KernelLeak;
import org.propertydesk.examples.canary.CanaryMisWiring;
import org.propertydesk.examples.canary.cycle.alpha.Alpha;
import org.propertydesk.examples.canary.cycle.beta.Beta;
import org.propertydesk.testkit.canary.GrpcInTestkit;

/**
 * Proves that every rule of DESIGN.md's "Dependency rules" bites: the canary fixtures (test
 * classes under {@code ..canary..} packages of this module) break each rule on purpose, and each
 * rule must report exactly the classes that break it — a rule that reports fewer has stopped
 * biting, one that reports more has started to misfire. Every canary package also holds classes
 * that obey the rules, so an over-eager rule shows too.
 */
@DisplayName("The canary proves every dependency rule of DESIGN.md bites")
class CanaryTest {

    private static JavaClasses canary;

    @BeforeAll
    static void importCanary() {
        canary = PropertyDeskClasses.canary();
    }

    private static void assertOffenders(ArchRule rule, Class<?>... expected) {
        assertThat(offendingClasses(rule, canary))
                .as("classes reported by: %s", rule.getDescription())
                .containsExactlyInAnyOrderElementsOf(namesOf(expected));
    }

    @Nested
    @DisplayName("The canary is isolated")
    class Isolation {

        @Test
        @DisplayName("the canary import holds only canary packages, from this module's test classes")
        void canaryImportHoldsOnlyCanaryPackages() {
            assertThat(canary.stream().map(JavaClass::getPackageName))
                    .isNotEmpty()
                    .allMatch(name -> name.startsWith("org.propertydesk.") && name.matches(".*\\.canary(\\..*)?"));
            assertThat(canary.contain(LeakyEntity.class)).isTrue();
        }

        @Test
        @DisplayName("the production check does not see the canary, although both import org.propertydesk from the same class path")
        void productionImportExcludesCanary() {
            JavaClasses production = PropertyDeskClasses.production();

            assertThat(canary.contain(LeakyEntity.class)).isTrue();
            assertThat(production.contain(LeakyEntity.class)).isFalse();
            assertThat(production.stream().map(JavaClass::getPackageName))
                    .noneMatch(name -> name.matches(".*\\.canary(\\..*)?"));
        }
    }

    @Nested
    @DisplayName("Rings: allow-lists")
    class Rings {

        @Test
        @DisplayName("domain allow-list reports the domain class that uses the application, and not the one that uses java.sql")
        void domainAllowList() {
            assertOffenders(DOMAIN_ONLY_DEPENDS_ON_JDK_VAVR_JMOLECULES, ReachesIntoApplication.class);
        }

        @Test
        @DisplayName("application allow-list reports Jackson in a use case and a port that names an adapter")
        void applicationAllowList() {
            assertOffenders(APPLICATION_ONLY_DEPENDS_ON_DOMAIN, JsonExport.class, LeakyPort.class);
        }

        @Test
        @DisplayName("testkit allow-list reports gRPC in the testkit, not its jqwik, AssertJ, JUnit and opentest4j use")
        void testkitAllowList() {
            assertOffenders(TESTKIT_ONLY_DEPENDS_ON_CORE_AND_TEST_LIBRARIES, GrpcInTestkit.class);
        }

        @Test
        @DisplayName("an allow-list for a mistyped package fails on the canary too")
        void mistypedAllowListFails() {
            ArchRule mistyped = onlyDependsOn("org.propertydesk.domian..", DOMAIN_MAY_DEPEND_ON);

            assertThatThrownBy(() -> mistyped.check(canary))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }

    @Nested
    @DisplayName("Adapters and technologies")
    class AdaptersAndTechnologies {

        @Test
        @DisplayName("adapters never depend on each other: grpc → jdbc and jdbc → grpc are both reported")
        void adaptersAreIsolated() {
            assertOffenders(ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, GrpcCanaryService.class, JdbcNotifier.class);
        }

        @Test
        @DisplayName("gRPC confinement reports protobuf in the JDBC adapter and gRPC in the testkit, not the gRPC adapter or examples")
        void grpcIsConfined() {
            assertOffenders(GRPC_AND_PROTOBUF_ONLY_IN_GRPC_ADAPTER_EXAMPLES_BENCHMARKS, JdbcNotifier.class, GrpcInTestkit.class);
        }

        @Test
        @DisplayName("JDBC confinement reports java.sql in the domain and javax.sql in the gRPC adapter, not the JDBC adapter or examples")
        void jdbcIsConfined() {
            assertOffenders(JDBC_ONLY_IN_JDBC_ADAPTER_EXAMPLES_BENCHMARKS, LeakyEntity.class, GrpcSqlLeak.class);
        }

        @Test
        @DisplayName("Jackson confinement reports Jackson in the application, not the JDBC adapter or examples")
        void jacksonIsConfined() {
            assertOffenders(JACKSON_ONLY_IN_ADAPTERS_EXAMPLES_BENCHMARKS, JsonExport.class);
        }
    }

    @Nested
    @DisplayName("Packages and bounded contexts")
    class PackagesAndContexts {

        @Test
        @DisplayName("no-cycles rule reports exactly the two packages of the alpha ↔ beta cycle")
        void noPackageCycles() {
            assertOffenders(NO_PACKAGE_CYCLES, Alpha.class, Beta.class);
        }

        @Test
        @DisplayName("context isolation reports complaint → handover, kernel → risk, application roster → domain handover,"
                + " jdbc confidentiality → domain firstcontact; not uses of kernel or of the same context in another module")
        void boundedContextsAreIsolated() {
            assertOffenders(
                    BOUNDED_CONTEXTS_DEPEND_ONLY_ON_THEMSELVES_AND_KERNEL,
                    ComplaintCanary.class,
                    KernelLeak.class,
                    RosterCanaryDesk.class,
                    JdbcConfidentialityCanary.class);
        }

        @Test
        @DisplayName("context isolation names both contexts in its report")
        void boundedContextViolationNamesContexts() {
            assertThat(Violations.lines(BOUNDED_CONTEXTS_DEPEND_ONLY_ON_THEMSELVES_AND_KERNEL, canary))
                    .anyMatch(line -> line.contains("context complaint reaches into context handover"))
                    .anyMatch(line -> line.contains("context kernel reaches into context risk"))
                    .anyMatch(line -> line.contains("context roster reaches into context handover"))
                    .anyMatch(line -> line.contains("context confidentiality reaches into context firstcontact"))
                    .noneMatch(line -> line.contains("reaches into context kernel"));
        }

        @Test
        @DisplayName("the bounded context is read from the package in every module")
        void contextIsDerivedFromThePackage() {
            assertThat(boundedContextOf("org.propertydesk.domain.kernel")).contains("kernel");
            assertThat(boundedContextOf("org.propertydesk.application.complaint.intake")).contains("complaint");
            assertThat(boundedContextOf("org.propertydesk.adapters.jdbc.handover")).contains("handover");
            assertThat(boundedContextOf("org.propertydesk.testkit.firstcontact")).contains("firstcontact");
            assertThat(boundedContextOf("org.propertydesk.examples")).isEmpty();
            assertThat(boundedContextOf("com.example.complaint")).isEmpty();
        }
    }

    @Nested
    @DisplayName("jMolecules stereotypes")
    class Stereotypes {

        @Test
        @DisplayName("jMolecules DDD rules report the aggregate that holds another aggregate instead of its id")
        void jMoleculesDdd() {
            assertOffenders(JMOLECULES_DDD, CanaryLedger.class);
        }

        @Test
        @DisplayName("jMolecules hexagonal rules report a port that knows its adapter and unannotated code that reaches an adapter")
        void jMoleculesHexagonal() {
            assertOffenders(JMOLECULES_HEXAGONAL, LeakyPort.class, CanaryMisWiring.class);
        }

        @Test
        @DisplayName("public application interfaces must be ports: the unmarked one is reported, the sealed result type is not")
        void applicationInterfacesArePorts() {
            assertOffenders(PUBLIC_APPLICATION_INTERFACES_ARE_PORTS, UnmarkedPort.class);
        }

        @Test
        @DisplayName("adapters must be stereotyped: the unmarked top-level port implementation is reported, a nested one is not")
        void adaptersAreStereotyped() {
            assertOffenders(ADAPTERS_OF_APPLICATION_PORTS_ARE_STEREOTYPED, UnmarkedJdbcLedgers.class);
        }

        @Test
        @DisplayName("'at least one @SecondaryPort' passes with the canary's ports and fails without them")
        void secondaryPortsMustExist() {
            APPLICATION_DECLARES_SECONDARY_PORTS.check(canary);

            JavaClasses withoutApplication = canary.that(resideInAPackage("org.propertydesk.domain.."));
            assertThatThrownBy(() -> APPLICATION_DECLARES_SECONDARY_PORTS.check(withoutApplication))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }

        @Test
        @DisplayName("'at least one aggregate root' passes with the canary's aggregates and fails without them")
        void aggregateRootsMustExist() {
            DOMAIN_DECLARES_AGGREGATE_ROOTS.check(canary);

            JavaClasses withoutDomain = canary.that(resideInAPackage("org.propertydesk.application.."));
            assertThatThrownBy(() -> DOMAIN_DECLARES_AGGREGATE_ROOTS.check(withoutDomain))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }
}
