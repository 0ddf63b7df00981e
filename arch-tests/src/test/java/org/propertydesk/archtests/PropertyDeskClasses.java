package org.propertydesk.archtests;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The two sets of classes the rules run over, each imported once per test run.
 *
 * <ul>
 *   <li>{@link #production()}: every {@code org.propertydesk} class of the modules' main jars and
 *       class folders, without test classes, so neither the modules' own tests nor the canary
 *       below are checked as production.
 *   <li>{@link #canary()}: only the deliberately broken fixtures under {@code ..canary..} packages of
 *       this module's test sources, nothing of production.
 * </ul>
 */
public final class PropertyDeskClasses {

    /** A class file lies in a canary package: {@code .../org/propertydesk/.../canary/...}. */
    static final ImportOption ONLY_CANARY_PACKAGES = location -> location.contains("/canary/");

    private PropertyDeskClasses() {}

    public static JavaClasses production() {
        return Production.CLASSES;
    }

    public static JavaClasses canary() {
        return Canary.CLASSES;
    }

    private static final class Production {
        static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PropertyDeskRules.BASE_PACKAGE);
    }

    private static final class Canary {
        static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ONLY_CANARY_PACKAGES)
                .importPackages(PropertyDeskRules.BASE_PACKAGE);
    }
}
