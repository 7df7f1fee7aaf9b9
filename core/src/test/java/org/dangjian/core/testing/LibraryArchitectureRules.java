package org.dangjian.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The walls every library module stands inside (ARCHITECTURE.md): no file, stream, network or database
 * I/O, no console, no clock, no unseeded randomness, no threads of its own, Jackson's databind only in
 * {@code json} packages, and no domain module reaching into another.
 *
 * <p>Use in a module's {@code ArchitectureTest}:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.dangjian.coverage", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest static final ArchTests library = ArchTests.in(LibraryArchitectureRules.class);
 *     @ArchTest static final ArchRule coverage_should_not_depend_on_other_domains =
 *             LibraryArchitectureRules.domainModuleIsolation("coverage");
 * }
 * }</pre>
 *
 * <p>Each rule is proven to bite in core's {@code ArchitectureRulesBiteTest}.
 */
public final class LibraryArchitectureRules {
    /** The four domain modules. */
    public static final List<String> DOMAINS = List.of("coverage", "membership", "assessment", "training");

    private static final Set<String> ALLOWED_JAVA_IO = Set.of("java.io.Serializable", "java.io.Serial",
            "java.io.IOException", "java.io.UncheckedIOException", "java.io.ObjectStreamException",
            "java.io.InvalidObjectException");

    private LibraryArchitectureRules() {}

    private static final DescribedPredicate<JavaClass> FILE_OR_STREAM_IO = DescribedPredicate.describe(
            "java.io file, stream, reader or writer classes", c -> c.getPackageName().equals("java.io")
                    && !ALLOWED_JAVA_IO.contains(c.getName()));

    /** No java.io file or stream classes. */
    @ArchTest
    public static final ArchRule library_should_not_use_java_io_files_or_streams = noClasses()
            .should().dependOnClassesThat(FILE_OR_STREAM_IO)
            .because("library modules take facts as values; only examples and benchmarks do I/O");

    /** No java.nio.file, java.net, java.sql. */
    @ArchTest
    public static final ArchRule library_should_not_touch_files_network_or_databases = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..",
                    "javax.sql..", "java.nio.channels..")
            .because("library modules take facts as values; the caller does the I/O");

    /** No System.out or System.err. */
    @ArchTest
    public static final ArchRule library_should_not_print_to_the_console = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("library modules log through SLF4J or return values");

    private static final DescribedPredicate<JavaCall<?>> CLOCK_READ = DescribedPredicate.describe("reads the clock",
            call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return (owner.startsWith("java.time.") && name.equals("now"))
                        || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis")
                                || name.equals("nanoTime")))
                        || (owner.equals("java.time.Clock") && name.startsWith("system"))
                        || (owner.equals("java.util.Date") && name.equals("<init>")
                                && call.getTarget().getRawParameterTypes().isEmpty());
            });

    /** No clock reads: the as-of date is always an argument. */
    @ArchTest
    public static final ArchRule library_should_not_read_the_clock = noClasses()
            .should().callCodeUnitWhere(CLOCK_READ)
            .because("the as-of date is always an argument (ARCHITECTURE.md, principle 1)");

    private static final DescribedPredicate<JavaCall<?>> UNSEEDED_RANDOM = DescribedPredicate.describe(
            "creates unseeded randomness", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                boolean noArgs = call.getTarget().getRawParameterTypes().isEmpty();
                return (owner.equals("java.util.Random") && name.equals("<init>") && noArgs)
                        || (owner.equals("java.lang.Math") && name.equals("random"))
                        || owner.equals("java.util.concurrent.ThreadLocalRandom")
                        || owner.equals("java.security.SecureRandom")
                        || (owner.equals("java.util.UUID") && name.equals("randomUUID"))
                        || (owner.equals("java.util.Collections") && name.equals("shuffle")
                                && call.getTarget().getRawParameterTypes().size() == 1);
            });

    /** No unseeded randomness. */
    @ArchTest
    public static final ArchRule library_should_not_use_unseeded_randomness = noClasses()
            .should().callCodeUnitWhere(UNSEEDED_RANDOM)
            .because("the same facts must give the same decision on every machine");

    private static final DescribedPredicate<JavaCall<?>> THREAD_CREATION = DescribedPredicate.describe(
            "creates threads or thread pools", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return (owner.equals("java.lang.Thread") && (name.equals("<init>") || name.equals("start")
                                || name.startsWith("ofVirtual") || name.startsWith("ofPlatform")
                                || name.equals("startVirtualThread")))
                        || owner.equals("java.util.concurrent.Executors")
                        || (owner.equals("java.util.concurrent.ThreadPoolExecutor") && name.equals("<init>"))
                        || (owner.equals("java.util.concurrent.ScheduledThreadPoolExecutor") && name.equals("<init>"))
                        || (owner.equals("java.util.concurrent.ForkJoinPool") && name.equals("<init>"))
                        || (owner.equals("java.util.concurrent.CompletableFuture") && name.endsWith("Async"))
                        || (owner.equals("java.util.Timer") && name.equals("<init>"));
            });

    /** No threads of their own. */
    @ArchTest
    public static final ArchRule library_should_not_create_threads = noClasses()
            .should().callCodeUnitWhere(THREAD_CREATION)
            .orShould().beAssignableTo(Thread.class)
            .because("the integrator owns threads; a resolved policy is safe to share between them");

    /** Jackson databind only in json packages. */
    @ArchTest
    public static final ArchRule jackson_databind_should_only_be_used_in_json_packages = noClasses()
            .that().resideOutsideOfPackage("..json..")
            .and().haveSimpleNameNotStartingWith("Immutable")
            .should().accessClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
            .because("JSON wiring stays in one place so the rules stay pure");

    /**
     * A domain module does not depend on another domain module, nor on examples or benchmarks.
     *
     * @param module the module's short name, such as {@code coverage}, not null
     * @return the rule, not null
     */
    public static ArchRule domainModuleIsolation(String module) {
        List<String> others = new ArrayList<>();
        for (String d : DOMAINS) {
            if (!d.equals(module)) {
                others.add("org.dangjian." + d + "..");
            }
        }
        others.add("org.dangjian.examples..");
        others.add("org.dangjian.benchmarks..");
        return isolation("org.dangjian." + module + "..", others.toArray(new String[0]));
    }

    /**
     * Classes in one package tree do not depend on classes in others.
     *
     * @param packageTree such as {@code org.dangjian.coverage..}, not null
     * @param forbidden the package trees it must not reach, not null
     * @return the rule, not null
     */
    public static ArchRule isolation(String packageTree, String... forbidden) {
        return noClasses().that().resideInAPackage(packageTree)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("a domain module depends on core only; a concept two domains need lives in core");
    }
}
