package io.stageflow.bench;

import io.stageflow.bench.load.LoadPlan;
import io.stageflow.platform.PlatformOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ./stageflow bench [--scale small|full] [--opportunities N] [--out FILE] [--seed N]
 * [--service-heap SIZE] [--store memory|file] [--only P5,P6] [--connections N] [--service-jvm-option OPT]}.
 *
 * @param serviceHeap {@code -Xmx} of every service JVM
 * @param fileStore whether the Mongo-wire store keeps its data in a file (as {@code ./stageflow up}
 *     does) rather than in this JVM's memory; by default above {@link #IN_MEMORY_LIMIT} opportunities
 * @param only the figures to measure (P1..P7), all when empty: the load figures alone need no org
 *     loaded and take a minute instead of several
 * @param connections how many connections each open-loop load (P5, P6) keeps
 * @param extraJvmOptions added to every service JVM's options, e.g. to record a flight recording
 */
public record BenchOptions(
        Scale scale,
        int opportunities,
        Path out,
        Path repoRoot,
        long seed,
        String serviceHeap,
        boolean fileStore,
        Set<String> only,
        int connections,
        List<String> extraJvmOptions) {
    static final Set<String> FIGURES = Set.of("P1", "P2", "P3", "P4", "P5", "P6", "P7");

    /** The most opportunities whose store is kept in memory unless {@code --store} says otherwise. */
    static final int IN_MEMORY_LIMIT = 2_000;

    static final String USAGE = "usage: ./stageflow bench [--scale small|full] [--opportunities N] [--out FILE]"
            + " [--seed N] [--service-heap SIZE] [--store memory|file] [--only P5,P6] [--connections N]"
            + " [--service-jvm-option OPTION]...";

    public static BenchOptions parse(String... args) {
        Path root = Path.of(System.getProperty("stageflow.root", "."))
                .toAbsolutePath()
                .normalize();
        Scale scale = Scale.SMALL;
        Integer opportunities = null;
        Path out = root.resolve("docs").resolve("benchmarks.md");
        long seed = 42;
        String heap = null;
        Boolean fileStore = null;
        Set<String> only = new TreeSet<>();
        int connections = LoadPlan.DEFAULT_CONNECTIONS;
        List<String> extraJvmOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "bench" -> {}
                case "--scale" -> scale = Scale.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                case "--opportunities" -> opportunities =
                        Integer.parseInt(value(args, ++i).replace("_", ""));
                case "--out" -> out = Path.of(value(args, ++i)).toAbsolutePath();
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--service-heap" -> heap = value(args, ++i);
                case "--store" -> fileStore = switch (value(args, ++i)) {
                    case "file" -> true;
                    case "memory" -> false;
                    default -> throw new IllegalArgumentException("--store is memory or file\n" + USAGE);
                };
                case "--only" -> only.addAll(figures(value(args, ++i)));
                case "--connections" -> connections = Integer.parseInt(value(args, ++i));
                case "--service-jvm-option" -> extraJvmOptions.add(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i] + "\n" + USAGE);
            }
        }
        int count = opportunities == null ? scale.opportunities() : opportunities;
        if (count < 100) {
            throw new IllegalArgumentException("--opportunities must be at least 100\n" + USAGE);
        }
        // The in-memory store keeps the read model as decoded documents: 2,000 opportunities (45k
        // events, ~400k cells) took 2.5 GB of this JVM's heap (8 GB, ./stageflow). Beyond that, a
        // file, as ./stageflow up keeps it.
        boolean file = fileStore == null ? count > IN_MEMORY_LIMIT : fileStore;
        if (connections < 1) {
            throw new IllegalArgumentException("--connections must be at least 1\n" + USAGE);
        }
        return new BenchOptions(
                scale, count, out, root, seed, heap, file, Set.copyOf(only), connections, List.copyOf(extraJvmOptions));
    }

    private static List<String> figures(String list) {
        List<String> ids = Arrays.stream(list.split(","))
                .map(id -> id.strip().toUpperCase(Locale.ROOT))
                .toList();
        for (String id : ids) {
            if (!FIGURES.contains(id)) {
                throw new IllegalArgumentException(
                        "--only takes figures among " + new TreeSet<>(FIGURES) + "\n" + USAGE);
            }
        }
        return ids;
    }

    /** Whether any of these figures is to be measured. */
    public boolean measures(String... ids) {
        return only.isEmpty() || Arrays.stream(ids).anyMatch(only::contains);
    }

    /**
     * The report block's name: the scale, with the size when it is not the scale's own, and the
     * figures when not all were measured, so that a partial run never replaces a whole one's table.
     */
    public String label() {
        String label = opportunities == scale.opportunities() ? scale.label() : scale.label() + "-" + opportunities;
        return only.isEmpty()
                ? label
                : label + "-" + String.join("-", new TreeSet<>(only)).toLowerCase(Locale.ROOT);
    }

    /** The platform's JVM options, with this run's heap when one is given. */
    public List<String> serviceJvmOptions() {
        List<String> options = new ArrayList<>(PlatformOptions.DEFAULT_JVM_OPTIONS);
        if (serviceHeap != null) {
            options.removeIf(option -> option.startsWith("-Xmx"));
            options.add(0, "-Xmx" + serviceHeap);
        }
        options.addAll(extraJvmOptions);
        return options;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
