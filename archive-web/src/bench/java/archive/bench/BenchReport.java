package archive.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the measurements run.sh left in a folder into {@code results.json} and the printed table: every figure with
 * its baseline from the same run, the ratio, and the goal from the performance issue. A figure whose feature is not
 * on this branch is reported as not available, with the reason, never as a number.
 * <p>
 * The default run (file system, one node) is {@code results.json} itself ({@code run} and {@code figures}); a run
 * with the store on S3 or several nodes goes into it under its name (e.g. {@code s3-2-nodes}), so one file holds the
 * latest of each, side by side.
 * <p>
 * Usage: {@code BenchReport <parts dir> <results.json> [<name of this run>]}
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double MIB = 1024 * 1024;

    private final Path parts;
    private final ObjectNode figures = JSON.createObjectNode();
    private final List<String[]> rows = new ArrayList<>();

    private BenchReport(Path parts) {
        this.parts = parts;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            throw new IllegalArgumentException("usage: BenchReport <parts dir> <results.json> [<run name>]");
        }
        BenchReport report = new BenchReport(Path.of(args[0]));
        report.http("retrieval", "GET /api/v1/documents/{id}/text, random ids");
        report.http("conditional", "the same with If-None-Match (304)");
        report.ingest();
        report.citations();
        report.provenance();
        report.footprint();
        ObjectNode thisRun = JSON.createObjectNode();
        thisRun.set("run", report.part("run").orElseThrow());
        thisRun.set("figures", report.figures);
        Path resultsFile = Path.of(args[1]);
        ObjectNode results = Files.exists(resultsFile) ? (ObjectNode) JSON.readTree(resultsFile.toFile())
                : JSON.createObjectNode();
        if (args.length == 3) {
            results.set(args[2], thisRun);
        } else {
            results.setAll(thisRun);
        }
        Files.writeString(resultsFile, JSON.writeValueAsString(results) + "\n");
        report.print(thisRun.get("run"));
    }

    /** An HTTP figure: the archive against nginx serving the same texts, same wrk settings. */
    private void http(String name, String what) throws IOException {
        JsonNode archive = part(name + "-archive").orElseThrow();
        JsonNode nginx = part(name + "-nginx").orElseThrow();
        double ratio = archive.get("requestsPerSecond").asDouble() / nginx.get("requestsPerSecond").asDouble();
        double p99 = archive.get("p99Ms").asDouble();
        ObjectNode figure = figure(name, what, "nginx static files", "ratio >= 0.5 and p99 <= 10 ms",
                ratio >= 0.5 && p99 <= 10 && archive.get("errors").asLong() == 0);
        figure.set("archive", archive);
        figure.set("baseline", nginx);
        figure.put("ratio", round(ratio));
        row(name + " req/s", number(archive, "requestsPerSecond"), "nginx " + number(nginx, "requestsPerSecond"),
                times(ratio), ">= 0.5x", figure);
        row(name + " p50 / p99 ms", latency(archive), "nginx " + latency(nginx), "", "p99 <= 10 ms", figure);
        double archiveCpu = archive.get("serverCpuMicrosPerRequest").asDouble();
        double nginxCpu = nginx.get("serverCpuMicrosPerRequest").asDouble();
        figure.put("cpuRatio", round(nginxCpu / archiveCpu));
        rows.add(new String[] {name + " CPU us/req", number(archive, "serverCpuMicrosPerRequest"),
            "nginx " + number(nginx, "serverCpuMicrosPerRequest"), times(nginxCpu / archiveCpu), "", "(contention-proof)"});
    }

    /**
     * Storage + catalog (the import's answer) against bare ocfl-java, with CPU per document beside it; then the
     * derivation (metadata, facets, provenance) that follows in the background, reported on its own.
     */
    private void ingest() throws IOException {
        JsonNode archive = perDocument(part("ingest-archive").orElseThrow());
        JsonNode bare = perDocument(part("ingest-baseline").orElseThrow());
        double ratio = archive.get("documentsPerSecond").asDouble() / bare.get("documentsPerSecond").asDouble();
        ObjectNode figure = figure("ingest", "POST /api/v1/imports of the corpus folder, answered once stored and "
                + "catalogued (checksums, search text, durable)", "the same files into a bare ocfl-java repository"
                + (s3() ? " in the same s3proxy" : ""), "ratio >= 0.5", ratio >= 0.5);
        figure.set("archive", archive);
        figure.set("baseline", bare);
        figure.put("ratio", round(ratio));
        row("ingest docs/s", number(archive, "documentsPerSecond"), "bare ocfl-java " + number(bare,
                "documentsPerSecond"), times(ratio), ">= 0.5x", figure);
        double cpuRatio = bare.get("cpuMillisPerDocument").asDouble()
                / archive.get("cpuMillisPerDocument").asDouble();
        figure.put("cpuRatio", round(cpuRatio));
        rows.add(new String[] {"ingest CPU ms/doc", decimal(archive, "cpuMillisPerDocument"),
            "bare ocfl-java " + decimal(bare, "cpuMillisPerDocument"), times(cpuRatio), "",
            "(archive: JVM + PostgreSQL)"});
        JsonNode derived = perDocument(part("derivation-archive").orElseThrow());
        ObjectNode derivation = figure("derivation", "metadata extraction, search facets and provenance detection "
                + "of the imported documents, in the background after the import answered", "none", "reported", true);
        derivation.set("archive", derived);
        row("derivation docs/s", number(derived, "documentsPerSecond"), "—", "", "reported", derivation);
        rows.add(new String[] {"derivation CPU ms/doc", decimal(derived, "cpuMillisPerDocument"), "—", "", "",
            "(JVM + PostgreSQL)"});
    }

    private void citations() throws IOException {
        Optional<JsonNode> archive = part("citations-archive");
        if (archive.isEmpty()) {
            unavailable("citations", "APA citations/s (warm)", "citeproc-js", "citations-unavailable");
            return;
        }
        double baselineRate = 0;
        int processes = 0;
        for (int process = 1; part("citations-citeproc-js-" + process).isPresent(); process++) {
            baselineRate += part("citations-citeproc-js-" + process).get().get("citationsPerSecond").asDouble();
            processes++;
        }
        double rate = archive.get().get("requestsPerSecond").asDouble();
        double ratio = rate / baselineRate;
        ObjectNode figure = figure("citations", "GET /api/v1/documents/{id}/citation?style=apa&format=text, warm",
                "citeproc-js (node), same CSL-JSON items, one process per core", "ratio >= 1", ratio >= 1);
        figure.set("archive", archive.get());
        ObjectNode baseline = figure.putObject("baseline");
        baseline.put("citationsPerSecond", round(baselineRate));
        baseline.put("processes", processes);
        figure.put("ratio", round(ratio));
        row("citations APA/s", String.format(Locale.ROOT, "%.0f", rate),
                String.format(Locale.ROOT, "citeproc-js %.0f", baselineRate), times(ratio), ">= 1x", figure);
    }

    private void provenance() throws IOException {
        Optional<JsonNode> lookups = part("provenance");
        if (lookups.isEmpty()) {
            unavailable("provenance", "POST /api/v1/provenance/match p50/p95", "—", "provenance-unavailable");
            return;
        }
        ObjectNode figure = figure("provenance", "POST /api/v1/provenance/match, one client, at the corpus size",
                "none", "reported", true);
        figure.set("archive", lookups.get());
        row("provenance p50 / p95 ms", String.format(Locale.ROOT, "%.1f / %.1f", lookups.get().get("p50Ms")
                .asDouble(), lookups.get().get("p95Ms").asDouble()), "—", "", "reported", figure);
    }

    private void footprint() throws IOException {
        JsonNode measured = part("footprint").orElseThrow();
        double rssMib = measured.get("vmRssBytes").asDouble() / MIB;
        double hwmMib = measured.get("vmHwmBytes").asDouble() / MIB;
        double startup = measured.get("startupSeconds").asDouble();
        ObjectNode rss = figure("rss", "server VmRSS after the load (VmHWM: peak)", "none", "<= 512 MiB",
                rssMib <= 512 && hwmMib <= 512);
        rss.set("archive", measured);
        row("server RSS / peak MiB", String.format(Locale.ROOT, "%.0f / %.0f", rssMib, hwmMib), "—", "",
                "<= 512 MiB", rss);
        ObjectNode start = figure("startup", "process start to /q/health/ready 200, corpus archived", "none",
                "<= 5 s", startup <= 5);
        start.put("seconds", startup);
        row("start-up s", String.format(Locale.ROOT, "%.2f", startup), "—", "", "<= 5 s", start);
        double store = measured.get("storeBytes").asDouble();
        double bareStore = measured.get("bareOcflStoreBytes").asDouble();
        ObjectNode size = figure("size", "OCFL store and catalog database, disk usage",
                "the bare ocfl-java repository of the same files", "reported", true);
        size.set("archive", measured);
        size.put("storeRatio", round(store / bareStore));
        row("store MiB", String.format(Locale.ROOT, "%.0f", store / MIB),
                String.format(Locale.ROOT, "bare ocfl-java %.0f", bareStore / MIB), times(store / bareStore),
                "reported", size);
        row("database / corpus MiB", String.format(Locale.ROOT, "%.0f", measured.get("databaseBytes").asDouble()
                / MIB), String.format(Locale.ROOT, "corpus texts %.0f", measured.get("corpusBytes").asDouble() / MIB),
                "", "reported", size);
    }

    private void unavailable(String name, String what, String baseline, String reasonPart) throws IOException {
        String reason = Files.readString(parts.resolve(reasonPart + ".txt")).strip();
        ObjectNode figure = figures.putObject(name);
        figure.put("what", what);
        figure.put("baseline", baseline);
        figure.put("available", false);
        figure.put("reason", reason);
        rows.add(new String[] {name, "not available", baseline, "", "", "n/a: " + reason});
    }

    private ObjectNode figure(String name, String what, String baseline, String goal, boolean met) {
        ObjectNode figure = figures.putObject(name);
        figure.put("what", what);
        figure.put("baselineIs", baseline);
        figure.put("available", true);
        figure.put("goal", goal);
        figure.put("met", met);
        return figure;
    }

    private void row(String label, String archive, String baseline, String ratio, String goal, JsonNode figure) {
        rows.add(new String[] {label, archive, baseline, ratio, goal, figure.get("met").asBoolean() ? "met"
                : "MISSED"});
    }

    private void print(JsonNode run) {
        System.out.printf("%n%s documents, storage %s, %s node(s), %s s per HTTP run, wrk -t%s -c%s, %s cores, load "
                + "average %s before, %s after%n%n", run.get("documents").asText(), run.get("storage").asText(),
                run.get("nodes").asText(), run.get("durationSeconds").asText(),
                run.get("threads").asText(), run.get("connections").asText(), run.get("cpus").asText(),
                run.get("loadAverageBefore").asText(), run.get("loadAverageAfter").asText());
        String format = "%-24s %-18s %-28s %-8s %-14s %s%n";
        System.out.printf(format, "figure", "archive", "baseline", "ratio", "goal", "");
        for (String[] row : rows) {
            System.out.printf(format, (Object[]) row);
        }
    }

    /** The run kept the OCFL store (and the baseline's) in s3proxy. */
    private boolean s3() throws IOException {
        return part("run").orElseThrow().path("storage").asText("filesystem").equals("s3");
    }

    private Optional<JsonNode> part(String name) throws IOException {
        Path file = parts.resolve(name + ".json");
        return Files.exists(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
    }

    private static JsonNode perDocument(JsonNode measured) {
        ObjectNode withRates = (ObjectNode) perSecond(measured, "documents");
        withRates.put("cpuMillisPerDocument", round(measured.get("cpuSeconds").asDouble() * 1000
                / measured.get("documents").asDouble()));
        return withRates;
    }

    private static JsonNode perSecond(JsonNode measured, String counted) {
        ObjectNode withRate = measured.deepCopy();
        withRate.put(counted + "PerSecond", round(measured.get(counted).asDouble()
                / measured.get("seconds").asDouble()));
        return withRate;
    }

    private static String number(JsonNode node, String field) {
        return String.format(Locale.ROOT, "%.0f", node.get(field).asDouble());
    }

    private static String decimal(JsonNode node, String field) {
        return String.format(Locale.ROOT, "%.2f", node.get(field).asDouble());
    }

    private static String latency(JsonNode wrk) {
        return String.format(Locale.ROOT, "%.2f / %.2f", wrk.get("p50Ms").asDouble(), wrk.get("p99Ms").asDouble());
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
