package org.propertydesk.archtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertydesk.archtests.PropertyDeskRules.*;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's "Dependency rules" checked over every production class of every module (main
 * classes only; the modules' tests and this module's canary are not imported). The rules are the
 * objects of {@link PropertyDeskRules}; {@link CanaryTest} proves each of them bites.
 */
@DisplayName("Production code obeys DESIGN.md's dependency rules")
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = PropertyDeskClasses.production();
    }

    @Nested
    @DisplayName("Every rule checks something")
    class NonVacuity {

        @Test
        @DisplayName("archunit.properties sets archRule.failOnEmptyShould=true")
        void failOnEmptyShouldIsInForce() {
            assertThat(ArchConfiguration.get().getProperty("archRule.failOnEmptyShould")).isEqualTo("true");
        }

        @Test
        @DisplayName("an allow-list for a mistyped package (org.propertydesk.domian..) fails instead of passing on nothing")
        void mistypedAllowListFails() {
            ArchRule mistyped = onlyDependsOn("org.propertydesk.domian..", DOMAIN_MAY_DEPEND_ON);

            assertThatThrownBy(() -> mistyped.check(production))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }

        @Test
        @DisplayName("the import holds the production classes of domain, application and testkit, and no test class")
        void importHoldsProductionClasses() {
            assertThat(production.stream().map(JavaClass::getPackageName))
                    .anyMatch(name -> name.startsWith("org.propertydesk.domain."))
                    .anyMatch(name -> name.startsWith("org.propertydesk.application."))
                    .anyMatch(name -> name.startsWith("org.propertydesk.testkit."))
                    .noneMatch(name -> name.startsWith("org.propertydesk.archtests"));
        }

        @Test
        @DisplayName("the application declares at least one @SecondaryPort interface, and they are public")
        void applicationDeclaresSecondaryPorts() {
            APPLICATION_DECLARES_SECONDARY_PORTS.check(production);
        }

        @Test
        @DisplayName("the domain declares at least one aggregate root, and they are public")
        void domainDeclaresAggregateRoots() {
            DOMAIN_DECLARES_AGGREGATE_ROOTS.check(production);
        }
    }

    @Nested
    @DisplayName("Rings: allow-lists")
    class Rings {

        @Test
        @DisplayName("domain depends only on the JDK, Vavr, jMolecules and the domain")
        void domainAllowList() {
            DOMAIN_ONLY_DEPENDS_ON_JDK_VAVR_JMOLECULES.check(production);
        }

        @Test
        @DisplayName("application depends only on the JDK, Vavr, jMolecules, the domain and the application")
        void applicationAllowList() {
            APPLICATION_ONLY_DEPENDS_ON_DOMAIN.check(production);
        }

        @Test
        @DisplayName("testkit depends only on domain, application, testkit, the JDK, Vavr, jMolecules, jqwik, JUnit, AssertJ, opentest4j")
        void testkitAllowList() {
            TESTKIT_ONLY_DEPENDS_ON_CORE_AND_TEST_LIBRARIES.check(production);
        }
    }

    @Nested
    @DisplayName("Adapters and technologies")
    class AdaptersAndTechnologies {

        @Test
        @DisplayName("adapters never depend on each other (grpc ↔ jdbc)")
        void adaptersAreIsolated() {
            ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(production);
        }

        @Test
        @DisplayName("gRPC, protobuf and google.rpc appear only in adapters-grpc, examples and benchmarks")
        void grpcIsConfined() {
            GRPC_AND_PROTOBUF_ONLY_IN_GRPC_ADAPTER_EXAMPLES_BENCHMARKS.check(production);
        }

        @Test
        @DisplayName("java.sql and javax.sql appear only in adapters-jdbc, examples and benchmarks")
        void jdbcIsConfined() {
            JDBC_ONLY_IN_JDBC_ADAPTER_EXAMPLES_BENCHMARKS.check(production);
        }

        @Test
        @DisplayName("Jackson appears only in the adapters, examples and benchmarks")
        void jacksonIsConfined() {
            JACKSON_ONLY_IN_ADAPTERS_EXAMPLES_BENCHMARKS.check(production);
        }
    }

    @Nested
    @DisplayName("Packages and bounded contexts")
    class PackagesAndContexts {

        @Test
        @DisplayName("no package cycles, inside or across modules")
        void noPackageCycles() {
            NO_PACKAGE_CYCLES.check(production);
        }

        @Test
        @DisplayName("a bounded context depends only on itself and kernel; kernel on no other context")
        void boundedContextsAreIsolated() {
            BOUNDED_CONTEXTS_DEPEND_ONLY_ON_THEMSELVES_AND_KERNEL.check(production);
        }
    }

    @Nested
    @DisplayName("jMolecules stereotypes")
    class Stereotypes {

        @Test
        @DisplayName("jMolecules DDD rules: aggregates by id, entities in their aggregate, identities declared")
        void jMoleculesDdd() {
            JMOLECULES_DDD.check(production);
        }

        @Test
        @DisplayName("jMolecules hexagonal rules: ports and adapters only in the hexagon's directions")
        void jMoleculesHexagonal() {
            JMOLECULES_HEXAGONAL.check(production);
        }

        @Test
        @DisplayName("every public (non-sealed) interface of the application is a port")
        void applicationInterfacesArePorts() {
            PUBLIC_APPLICATION_INTERFACES_ARE_PORTS.check(production);
        }

        @Test
        @DisplayName("every top-level adapter class implementing an application port carries an adapter stereotype")
        void adaptersAreStereotyped() {
            ADAPTERS_OF_APPLICATION_PORTS_ARE_STEREOTYPED.check(production);
        }
    }
}
