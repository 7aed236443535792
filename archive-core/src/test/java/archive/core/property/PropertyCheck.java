package archive.core.property;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A small property-based test runner: a fixed seed, a bounded number of tries, and shrinking of a failing input to
 * a smaller one that still fails, so the report shows the essence of the bug. (jqwik would do this, but from 1.10 on
 * its authors ask AI coding agents not to use it, and it is built for JUnit Platform 1 where Quarkus 3.38 uses 6.)
 */
public final class PropertyCheck<T> {

    private final String name;
    private final long seed;
    private final int tries;
    private final Function<Random, T> generator;
    private final Function<T, Stream<T>> shrinker;
    private final Function<T, String> describer;

    private PropertyCheck(String name, long seed, int tries, Function<Random, T> generator,
            Function<T, Stream<T>> shrinker, Function<T, String> describer) {
        this.name = name;
        this.seed = seed;
        this.tries = tries;
        this.generator = generator;
        this.shrinker = shrinker;
        this.describer = describer;
    }

    public static PropertyCheck<byte[]> bytes(String name, long seed, int tries, Function<Random, byte[]> generator) {
        return new PropertyCheck<>(name, seed, tries, generator, Shrinking::bytes, Shrinking::describe);
    }

    public static PropertyCheck<String> strings(String name, long seed, int tries, Function<Random, String> generator) {
        return new PropertyCheck<>(name, seed, tries, generator, Shrinking::string, Shrinking::describe);
    }

    /** Checks the property on every generated input; returns how many were tried. */
    public int check(Consumer<T> property) {
        Random random = new Random(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T input = generator.apply(random);
            AssertionError failure = failureOf(property, input);
            if (failure != null) {
                T smallest = shrink(property, input);
                AssertionError report = new AssertionError(name + " fails (seed " + seed + ", try " + attempt + ") for "
                        + describer.apply(smallest) + ": " + failureOf(property, smallest).getMessage());
                report.addSuppressed(failure);
                throw report;
            }
        }
        System.out.printf("property %s: %d tries passed (seed %d)%n", name, tries, seed);
        return tries;
    }

    private T shrink(Consumer<T> property, T failing) {
        T smallest = failing;
        boolean smaller = true;
        while (smaller) {
            T current = smallest;
            smaller = false;
            for (T candidate : (Iterable<T>) shrinker.apply(current)::iterator) {
                if (failureOf(property, candidate) != null) {
                    smallest = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return smallest;
    }

    /** What the property made of the input: null if it held; any exception counts as a failure too. */
    private static <T> AssertionError failureOf(Consumer<T> property, T input) {
        try {
            property.accept(input);
            return null;
        } catch (AssertionError e) {
            return e;
        } catch (RuntimeException e) {
            return new AssertionError("threw " + e, e);
        }
    }
}
