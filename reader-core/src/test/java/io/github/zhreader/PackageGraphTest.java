package io.github.zhreader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import io.github.zhreader.graphfixture.left.Left;
import io.github.zhreader.graphfixture.right.Right;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library's packages depend on each other without cycles, so that each can be read, tested and replaced from
 * the bottom up (the graph is drawn in docs/how-it-works.md).
 *
 * <p>The root package holds two layers, as the design asks: the value types and the exception, which every stage
 * uses and which use nothing above the pinyin notation, and the facade, {@link ChineseReader}, which wires the
 * stages together. They count as two nodes of the graph; every other package is one.
 */
class PackageGraphTest {

    /** The classes of the root package that sit on top of the stages: the facade and its package-private helpers. */
    private static final Set<String> FACADE = Set.of(
            ChineseReader.class.getName(),
            BuildInfo.class.getName(),
            DataSources.class.getName(),
            Lookup.class.getName(),
            TextParts.class.getName());

    /** The classes of src/build/java, by name. */
    private static final Set<String> BUILD_CODE =
            BuildSources.paths().stream().map(path -> path.replace('/', '.')).collect(Collectors.toSet());

    /** The name of the class, or of the class it is nested in. */
    private static String topLevel(JavaClass c) {
        String name = c.getName();
        return name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
    }

    /** Each package is a node, and the root package is two: the facade and the values. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (!pkg.startsWith("io.github.zhreader")) return SliceIdentifier.ignore();
            if (!pkg.equals("io.github.zhreader")) return SliceIdentifier.of(pkg.substring("io.github.".length()));
            return SliceIdentifier.of(FACADE.contains(topLevel(c)) ? "zhreader (facade)" : "zhreader (values)");
        }

        @Override
        public String getDescription() {
            return "the packages of zhreader, the root package as facade and values";
        }
    };

    private static final SliceRule NO_CYCLES =
            slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    @Test
    void thePackagesOfTheLibraryFormNoCycle() {
        JavaClasses library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.zhreader");
        NO_CYCLES.check(library);
    }

    @Test
    void theLibraryNeverUsesTheCodeTheBuildRuns() {
        // src/build/java is compiled beside the library but left out of its jar.
        JavaClasses library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.zhreader");
        DescribedPredicate<JavaClass> buildCode =
                DescribedPredicate.describe("the code the build runs", c -> BUILD_CODE.contains(topLevel(c)));
        noClasses()
                .that(DescribedPredicate.not(buildCode))
                .should()
                .dependOnClassesThat(buildCode)
                .check(library);
    }

    @Test
    void onlyTheCodeTheBuildRunsUsesIcu() {
        // ICU4J is a provided dependency: on the build's class path, in neither the library's dependencies nor the
        // command-line jar.
        JavaClasses library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.zhreader");
        DescribedPredicate<JavaClass> buildCode =
                DescribedPredicate.describe("the code the build runs", c -> BUILD_CODE.contains(topLevel(c)));
        noClasses()
                .that(DescribedPredicate.not(buildCode))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.ibm.icu..")
                .check(library);
    }

    @Test
    void aCycleIsReported() {
        // Two packages of the test sources that use each other: the rule must see them.
        EvaluationResult result = NO_CYCLES.evaluate(new ClassFileImporter().importClasses(Left.class, Right.class));
        assertTrue(result.hasViolation());
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("graphfixture.left"), report);
        assertTrue(report.contains("graphfixture.right"), report);
    }
}
