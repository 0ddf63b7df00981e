package org.propertydesk.archtests;

import com.tngtech.archunit.core.Convertible;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a rule objects to, reduced to the top-level classes at fault, so a test can say exactly
 * which classes must be reported — no more, no fewer — without depending on line numbers.
 */
final class Violations {

    private Violations() {}

    /** The names of the top-level classes from which the rule's violations originate. */
    static Set<String> offendingClasses(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        Set<String> offenders = new TreeSet<>();
        result.handleViolations((Collection<Object> objects, String message) -> {
            if (objects.isEmpty()) {
                throw new IllegalStateException("a violation without a culprit: " + message);
            }
            objects.forEach(object -> originsOf(object, message).forEach(origin -> offenders.add(topLevel(origin).getName())));
        });
        return offenders;
    }

    /** The rule's violation lines, as ArchUnit reports them. */
    static List<String> lines(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    static Set<String> namesOf(Class<?>... classes) {
        return Arrays.stream(classes).map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<JavaClass> originsOf(Object object, String message) {
        if (object instanceof Dependency dependency) {
            return Set.of(dependency.getOriginClass());
        }
        if (object instanceof JavaAccess<?> access) {
            return Set.of(access.getOriginOwner());
        }
        if (object instanceof JavaMember member) {
            return Set.of(member.getOwner());
        }
        if (object instanceof JavaClass javaClass) {
            return Set.of(javaClass);
        }
        if (object instanceof Convertible convertible) {
            // A cycle: every dependency along it starts in a class that takes part in it.
            Set<JavaClass> origins = convertible.convertTo(Dependency.class).stream()
                    .map(Dependency::getOriginClass)
                    .collect(Collectors.toSet());
            if (!origins.isEmpty()) {
                return origins;
            }
        }
        throw new IllegalStateException("cannot tell which class is at fault for " + object + ": " + message);
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass current = javaClass.getBaseComponentType();
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
