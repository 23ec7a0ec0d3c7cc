package dev.ladder;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.ladder.common.error.ApiException;
import org.junit.jupiter.api.Test;

/**
 * The shape every feature keeps (STYLE.md, "Layout"), checked on the compiled main classes. Plain
 * JUnit tests calling ArchUnit's rules: its own test engine is not discovered on JUnit 6.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ladder");

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        slices().matching("dev.ladder.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonImportsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("dev.ladder.common..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("dev.ladder..").and(resideOutsideOfPackage("dev.ladder.common..")))
                .check(MAIN);
    }

    @Test
    void resourcesNeverTouchRepositories() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(MAIN);
    }

    @Test
    void repositoriesNeverThrowHttpErrors() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(ApiException.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .check(MAIN);
    }

    @Test
    void featuresUseEachOthersServicesNotRepositories() {
        classes()
                .that()
                .resideInAPackage("dev.ladder..")
                .should(useOnlyTheirOwnFeaturesRepositories())
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnFeaturesRepositories() {
        return new ArchCondition<>("use only their own feature's repositories") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getSimpleName().endsWith("Repository")
                            && target.getPackageName().startsWith("dev.ladder.")
                            && !target.getPackageName().equals(origin.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
