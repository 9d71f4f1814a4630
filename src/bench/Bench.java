import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark: starts the packaged jar on a catalogue, serves the same /products?beginner=true bytes from nginx
 * (one worker) as the static-file reference, runs wrk at fixed settings against every scenario in alternation with
 * the reference, repeats, and prints medians. Run it through {@code src/bench/run.sh}, which builds the jar first.
 *
 * <pre>java src/bench/Bench.java [shipped|1000|10000|100000 ...]</pre>
 *
 * Environment: {@code BENCH_APP_PORT} and {@code BENCH_NGINX_PORT} (default 18080, 18081) so that two benches can run
 * side by side; {@code BENCH_STARTUP_ONLY=true} measures only first starts and restarts, alternating the catalogues
 * for {@code BENCH_STARTUP_ROUNDS} rounds (default 3), without wrk; {@code BENCH_JAVA_OPTS} adds JVM options to every
 * measured start (e.g. a JFR recording).
 *
 * Every measured start uses an AppCDS archive, as the image does (deploy/Dockerfile): it is written first by a
 * training run of the freshly built jar on the shipped catalogue.
 */
public class Bench {

    /** Ports, from BENCH_APP_PORT and BENCH_NGINX_PORT if set, so that two benches can run on one machine. */
    static final int APP_PORT = port("BENCH_APP_PORT", 18080);
    static final int NGINX_PORT = port("BENCH_NGINX_PORT", 18081);
    static final boolean STARTUP_ONLY = Boolean.parseBoolean(System.getenv("BENCH_STARTUP_ONLY"));
    static final int STARTUP_ROUNDS = port("BENCH_STARTUP_ROUNDS", 3);
    static final List<String> JAVA_OPTS = List.of(System.getenv().getOrDefault("BENCH_JAVA_OPTS", "").trim().split("\\s+"))
            .stream().filter(option -> !option.isEmpty()).toList();
    static final String WRK_THREADS = "2";
    static final String WRK_CONNECTIONS = "32";
    static final String WRK_DURATION = "8s";
    static final int ROUNDS = 3;
    static final String ADMIN = "admin:bench-admin";
    static final Path WORK = Path.of("target/bench");
    /** Class-data-sharing archive of this JVM and jar, written once per run by a training run; see trainArchive. */
    static final Path ARCHIVE = WORK.resolve("app-cds.jsa");

    static final Map<String, String> SCENARIOS = new LinkedHashMap<>();
    static final String CACHED = "/products filtered+sorted";
    static final String UNCACHED = "/products filtered+sorted, new query each request";

    static {
        SCENARIOS.put("/products?beginner=true", "/products?beginner=true");
        SCENARIOS.put(CACHED, "/products?category=inversion-table&lumbarSupport=true&maxPrice=400&heightCm=180&sort=price-desc&size=10");
        // Every request a query never asked before ({unique} differs per request): the response cache cannot help, so
        // this is what filtering and sorting the catalogue itself costs.
        SCENARIOS.put(UNCACHED, "/products?category=inversion-table&lumbarSupport=true&maxPrice=400.{unique}&heightCm=180&sort=price-desc&size=10");
        SCENARIOS.put("/recommendations full profile", "/recommendations?experience=new&goals=back-pain-relief,posture&maxPrice=500&space=small&heightCm=178&weightKg=90&has=pull-up-bar&limit=3");
        SCENARIOS.put("/products/{id}", "/products/teeter-fitspine-x3");
        SCENARIOS.put("/compare 3 ids", "/compare?ids=teeter-fitspine-x3,innova-itx9600,sutekus-gravity-boots");
        SCENARIOS.put("widget iframe page", "/widget/picks?beginner=true&limit=3");
        SCENARIOS.put("widget compare page", "/widget/compare?ids=teeter-fitspine-x3,innova-itx9600");
        SCENARIOS.put("/go redirect (click recorded)", "/go/teeter-fitspine-x3/amazon");
    }

    record WrkResult(double rps, double p50Ms, double p99Ms, long errors) {
    }

    public static void main(String[] args) throws Exception {
        List<String> catalogues = args.length == 0 ? List.of("shipped") : List.of(args);
        Files.createDirectories(WORK);
        trainArchive();
        if (STARTUP_ONLY) {
            startupOnly(catalogues);
            return;
        }
        Map<String, Map<String, Double>> filterP50 = new LinkedHashMap<>();
        for (String catalogue : catalogues) {
            filterP50.put(catalogue, run(catalogue));
        }
        printStartupRatios(STARTUPS);
        if (filterP50.size() > 1) {
            String base = filterP50.keySet().iterator().next();
            for (String scenario : List.of(CACHED, UNCACHED)) {
                System.out.println("\n" + scenario + ": p50 relative to the " + base + " catalogue");
                filterP50.forEach((name, p50) -> System.out.printf(Locale.ROOT, "  %-8s %.2f ms  (%.1fx)%n", name,
                        p50.get(scenario), p50.get(scenario) / filterP50.get(base).get(scenario)));
            }
        }
    }

    /** @return median p50 of the filtered /products scenarios, for cross-catalogue comparison */
    static Map<String, Double> run(String catalogue) throws Exception {
        Path folder = prepareCatalogue(catalogue);
        Path data = WORK.resolve("data-" + catalogue);
        deleteRecursively(data);
        HttpClient http = HttpClient.newHttpClient();
        // First start: an empty database, every file parsed and recorded. Then the restart every deploy or crash
        // causes: the database holds the version, so only files changed since are parsed. Both are reported.
        Process first = startApp(catalogue, folder, data, "first");
        double firstStartMs;
        try {
            firstStartMs = waitForProducts(http, first.info().startInstant().orElseThrow());
        } finally {
            stop(first);
        }
        Process app = startApp(catalogue, folder, data, "restart");
        Process nginx = null;
        try {
            Instant started = app.info().startInstant().orElseThrow();
            double startupMs = waitForProducts(http, started);
            double readyMs = waitFor(http, "/q/health/ready", started);
            long rssAfterStart = rssKb(app.pid());
            byte[] reference = http.send(get("/products?beginner=true"), HttpResponse.BodyHandlers.ofByteArray()).body();
            nginx = startNginx(reference);

            Map<String, List<WrkResult>> results = new LinkedHashMap<>();
            Map<String, List<Double>> ratios = new LinkedHashMap<>();
            long[] peakRss = {rssAfterStart};
            for (int round = 0; round < ROUNDS; round++) {
                WrkResult ref = wrk("http://127.0.0.1:" + NGINX_PORT + "/products.json", app.pid(), peakRss);
                results.computeIfAbsent("nginx static (reference)", k -> new ArrayList<>()).add(ref);
                for (Map.Entry<String, String> s : SCENARIOS.entrySet()) {
                    WrkResult r = wrk("http://127.0.0.1:" + APP_PORT + s.getValue(), app.pid(), peakRss);
                    results.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(r);
                    ratios.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(r.rps() / ref.rps());
                }
            }
            String reload = measureReload(http, folder, app.pid(), peakRss);
            printTable(catalogue, results, ratios, firstStartMs, startupMs, readyMs, rssAfterStart, peakRss[0],
                    reload);
            STARTUPS.put(catalogue, new Startups(List.of(firstStartMs), List.of(startupMs), List.of(readyMs)));
            return Map.of(CACHED, median(results.get(CACHED).stream().map(WrkResult::p50Ms).toList()),
                    UNCACHED, median(results.get(UNCACHED).stream().map(WrkResult::p50Ms).toList()));
        } finally {
            stop(app);
            if (nginx != null) {
                nginx.destroy();
            }
        }
    }

    /**
     * First starts and restarts of one catalogue, in milliseconds to the first /products 200; a restart also to
     * readiness, which waits for its files to be checked.
     */
    record Startups(List<Double> firstMs, List<Double> restartMs, List<Double> restartReadyMs, List<Double> firstCpuMs,
                    List<Double> restartCpuMs) {
        Startups(List<Double> firstMs, List<Double> restartMs, List<Double> restartReadyMs) {
            this(firstMs, restartMs, restartReadyMs, new ArrayList<>(), new ArrayList<>());
        }
    }

    static final Map<String, Startups> STARTUPS = new LinkedHashMap<>();

    /**
     * Start-up only: each round starts every catalogue in turn (first start on an empty database, then a restart), so
     * that a shared machine's load changes hit all catalogues alike; prints medians and the ratios to the shipped one.
     */
    static void startupOnly(List<String> catalogues) throws Exception {
        Map<String, Path> folders = new LinkedHashMap<>();
        for (String catalogue : catalogues) {
            folders.put(catalogue, prepareCatalogue(catalogue));
            STARTUPS.put(catalogue, new Startups(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 1; round <= STARTUP_ROUNDS; round++) {
            for (String catalogue : catalogues) {
                Path data = WORK.resolve("data-" + catalogue);
                deleteRecursively(data);
                double[] first = timedStart(http, catalogue, folders.get(catalogue), data, "first-" + round);
                double[] restart = timedStart(http, catalogue, folders.get(catalogue), data, "restart-" + round);
                Startups s = STARTUPS.get(catalogue);
                s.firstMs().add(first[0]);
                s.restartMs().add(restart[0]);
                s.restartReadyMs().add(restart[2]);
                s.firstCpuMs().add(first[1]);
                s.restartCpuMs().add(restart[1]);
                System.out.printf(Locale.ROOT, "round %d %-8s first start %6.0f ms (CPU %6.0f ms), restart %6.0f ms "
                        + "(CPU %6.0f ms, ready %6.0f ms); load %s%n", round, catalogue, first[0], first[1], restart[0],
                        restart[1], restart[2], loadAverage());
            }
        }
        // CPU time (user + system, all threads, at the first answer) is the steadier figure on a shared machine.
        System.out.printf(Locale.ROOT, "%n| catalogue | first start | its CPU | restart | its CPU | restart, ready |%n"
                + "|---|---:|---:|---:|---:|---:|%n");
        STARTUPS.forEach((catalogue, s) -> System.out.printf(Locale.ROOT,
                "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", catalogue, median(s.firstMs()),
                median(s.firstCpuMs()), median(s.restartMs()), median(s.restartCpuMs()), median(s.restartReadyMs())));
        printStartupRatios(STARTUPS);
    }

    /**
     * @return wall and CPU milliseconds from launch to the first /products 200, and wall milliseconds to readiness
     *         (a restart answers from its stored version before its files are checked, and is ready after)
     */
    static double[] timedStart(HttpClient http, String catalogue, Path folder, Path data, String run) throws Exception {
        Process app = startApp(catalogue, folder, data, run);
        try {
            Instant started = app.info().startInstant().orElseThrow();
            double wall = waitForProducts(http, started);
            double cpu = cpuMs(app.pid());
            return new double[] {wall, cpu, waitFor(http, "/q/health/ready", started)};
        } finally {
            stop(app);
        }
    }

    /** Issue 19's goals: restart within 1.3x and first start within 2x of the shipped catalogue's. */
    static void printStartupRatios(Map<String, Startups> startups) {
        Startups shipped = startups.get("shipped");
        if (shipped == null || startups.size() < 2) {
            return;
        }
        System.out.printf(Locale.ROOT, "%nStart-up relative to the shipped catalogue (goal: restart <= 1.3x, first start "
                + "<= 2x; load average %s)%n", loadAverage());
        startups.forEach((catalogue, s) -> {
            if (!catalogue.equals("shipped")) {
                System.out.printf(Locale.ROOT, "  %-8s restart %.2fx (%.0f / %.0f ms), first start %.2fx (%.0f / %.0f ms)%n",
                        catalogue, median(s.restartMs()) / median(shipped.restartMs()), median(s.restartMs()),
                        median(shipped.restartMs()), median(s.firstMs()) / median(shipped.firstMs()),
                        median(s.firstMs()), median(shipped.firstMs()));
                System.out.printf(Locale.ROOT, "  %-8s restart to ready (files checked) %.2fx (%.0f / %.0f ms)%n",
                        catalogue, median(s.restartReadyMs()) / median(shipped.restartReadyMs()),
                        median(s.restartReadyMs()), median(shipped.restartReadyMs()));
                if (!s.restartCpuMs().isEmpty()) {
                    System.out.printf(Locale.ROOT, "  %-8s in CPU time: restart %.2fx, first start %.2fx%n", catalogue,
                            median(s.restartCpuMs()) / median(shipped.restartCpuMs()),
                            median(s.firstCpuMs()) / median(shipped.firstCpuMs()));
                }
            }
        });
    }

    /** User + system time of a process so far, from /proc/PID/stat (fields 14 and 15, in clock ticks of 10 ms). */
    static double cpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException unknown) {
            return Double.NaN;
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException unknown) {
            return "unknown";
        }
    }

    /**
     * The training run: the app starts on the shipped catalogue and a throwaway database, serves /products once and
     * exits by itself (APP_TRAINING_RUN_EXIT_AFTER_STARTUP), and the JVM writes the classes it loaded to
     * {@link #ARCHIVE}. Only this JVM can use that archive, and only with this jar: hence once per run, after the
     * build.
     */
    static void trainArchive() throws Exception {
        Path folder = prepareCatalogue("shipped");
        Path data = WORK.resolve("data-training");
        deleteRecursively(data);
        Files.deleteIfExists(ARCHIVE);
        Path log = WORK.resolve("app-training.log");
        ProcessBuilder builder = new ProcessBuilder("java", "-XX:ArchiveClassesAtExit=" + ARCHIVE, "-Xlog:cds=error",
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true).redirectOutput(log.toFile());
        putAppEnvironment(builder.environment(), folder, data);
        builder.environment().put("APP_TRAINING_RUN_EXIT_AFTER_STARTUP", "true");
        Process training = builder.start();
        try {
            if (!training.waitFor(5, TimeUnit.MINUTES) || training.exitValue() != 0 || !Files.exists(ARCHIVE)) {
                throw new IllegalStateException("the training run did not write " + ARCHIVE + "; see " + log);
            }
        } finally {
            stop(training);
            deleteRecursively(data);
        }
        System.out.printf(Locale.ROOT, "AppCDS archive %s written by a training run (%d MiB)%n", ARCHIVE,
                Files.size(ARCHIVE) >> 20);
    }

    static Process startApp(String catalogue, Path folder, Path data, String run) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:SharedArchiveFile=" + ARCHIVE));
        command.addAll(JAVA_OPTS.stream().map(option -> option.replace("{run}", catalogue + "-" + run)).toList());
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("app-" + catalogue + "-" + run + ".log").toFile());
        putAppEnvironment(builder.environment(), folder, data);
        return builder.start();
    }

    static void putAppEnvironment(Map<String, String> env, Path folder, Path data) {
        env.put("CATALOG_PATH", folder.toString());
        env.put("CATALOG_WATCH_MODE", "off"); // reloads are forced, so that they can be timed
        env.put("APP_DATA_DIR", "./" + data);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(APP_PORT));
        env.put("SITE_PUBLIC_BASE_URL", "http://127.0.0.1:" + APP_PORT);
        env.put("ADMIN_PASSWORD", ADMIN.split(":")[1]);
    }

    /** Stops the app and waits until it has closed its database, so the next start finds it unlocked. */
    static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    static Path prepareCatalogue(String catalogue) throws Exception {
        Path folder = WORK.resolve("catalog-" + catalogue);
        if (catalogue.equals("shipped")) {
            exec("java", "src/bench/GenerateCatalogue.java", "0", folder.toString());
        } else {
            exec("java", "src/bench/GenerateCatalogue.java", catalogue, folder.toString());
        }
        return folder;
    }

    static double waitForProducts(HttpClient http, Instant started) throws Exception {
        return waitFor(http, "/products", started);
    }

    /** Milliseconds from {@code started} to the first 200 from {@code path}, asked every 5 ms. */
    static double waitFor(HttpClient http, String path, Instant started) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(get(path), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(started, Instant.now()).toNanos() / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the service did not answer " + path + " with 200 within 5 minutes");
    }

    /** Reload: time of a forced reload after a price edit, and wrk on /products during three reloads. */
    static String measureReload(HttpClient http, Path folder, long pid, long[] peakRss) throws Exception {
        Path product = folder.resolve("products/teeter-fitspine-x3.yaml");
        String original = Files.readString(product);
        List<Double> times = new ArrayList<>();
        WrkResult[] during = new WrkResult[1];
        Thread load = new Thread(() -> {
            try {
                during[0] = wrk("http://127.0.0.1:" + APP_PORT + "/products?beginner=true", pid, peakRss);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        load.start();
        for (int i = 0; i < 3; i++) {
            Files.writeString(product, original.replaceFirst("amount: (\\d+)\\.(\\d+)", "amount: $1." + (10 + i)));
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/admin/catalog/reload"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes()))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            times.add((System.nanoTime() - t) / 1e6);
            if (r.statusCode() != 200) {
                return "reload endpoint answered " + r.statusCode();
            }
        }
        load.join();
        Files.writeString(product, original);
        return String.format(Locale.ROOT, "%.0f ms (median of 3 forced one-file reloads); meanwhile %.0f req/s "
                + "with %d failed requests", median(times), during[0].rps(), during[0].errors());
    }

    static WrkResult wrk(String url, long appPid, long[] peakRss) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + WRK_THREADS, "-c" + WRK_CONNECTIONS,
                "-d" + WRK_DURATION, "--latency"));
        if (url.contains("{unique}")) {
            command.addAll(List.of("-s", uniqueQueryScript(url).toString()));
            url = url.substring(0, url.indexOf('/', "http://".length()));
        }
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        while (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
            peakRss[0] = Math.max(peakRss[0], rssKb(appPid));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new WrkResult(number(out, "Requests/sec:\\s+([\\d.]+)"), millis(out, "50%"), millis(out, "99%"),
                (long) (number(out, "Non-2xx or 3xx responses:\\s+(\\d+)") + socketErrors(out)));
    }

    /**
     * A wrk script requesting the URL's path with {unique} replaced by digits no other request uses: the time, a
     * per-thread counter and the thread's number, so neither the other thread nor a later round repeats a query.
     */
    static Path uniqueQueryScript(String url) throws IOException {
        String path = url.substring(url.indexOf('/', "http://".length()));
        Path script = WORK.resolve("unique-query.lua");
        Files.writeString(script, """
                local threads = 0
                function setup(thread)
                  thread:set("number", threads)
                  threads = threads + 1
                end
                local counter = 0
                function request()
                  counter = counter + 1
                  local unique = string.format("%d%09d%d", os.time(), counter, number)
                  return wrk.format(nil, (string.gsub("PATH", "{unique}", unique)))
                end
                """.replace("PATH", path));
        return script;
    }

    static double millis(String wrkOut, String percentile) {
        Matcher m = Pattern.compile(percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(wrkOut);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    static double socketErrors(String wrkOut) {
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(wrkOut);
        return m.find() ? Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3))
                + Long.parseLong(m.group(4)) : 0;
    }

    static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static Process startNginx(byte[] reference) throws Exception {
        Path root = WORK.resolve("nginx").toAbsolutePath();
        Files.createDirectories(root.resolve("html"));
        Files.write(root.resolve("html/products.json"), reference);
        Files.writeString(root.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s; proxy_temp_path %1$s; fastcgi_temp_path %1$s;
                  uwsgi_temp_path %1$s; scgi_temp_path %1$s;
                  types { application/json json; }
                  server { listen 127.0.0.1:%2$d; root %1$s/html; }
                }
                """.formatted(root, NGINX_PORT));
        Process nginx = new ProcessBuilder("nginx", "-c", root.resolve("nginx.conf").toString(), "-p", root.toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("nginx.out").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + NGINX_PORT + "/products.json")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 200 && java.util.Arrays.equals(r.body(), reference)) {
                    return nginx;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("nginx did not serve the reference file; see " + root.resolve("nginx.out"));
    }

    static void printTable(String catalogue, Map<String, List<WrkResult>> results, Map<String, List<Double>> ratios,
                           double firstStartMs, double startupMs, double readyMs, long rssStartKb, long rssPeakKb,
                           String reload) {
        System.out.printf(Locale.ROOT, "%n### Catalogue: %s  (wrk -t%s -c%s -d%s, median of %d rounds; "
                + "app started with the AppCDS archive %s)%n%n", catalogue, WRK_THREADS, WRK_CONNECTIONS, WRK_DURATION,
                ROUNDS, ARCHIVE);
        System.out.println("| scenario | req/s | p50 ms | p99 ms | vs nginx | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        results.forEach((name, runs) -> System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %s | %d |%n", name,
                median(runs.stream().map(WrkResult::rps).toList()),
                median(runs.stream().map(WrkResult::p50Ms).toList()),
                median(runs.stream().map(WrkResult::p99Ms).toList()),
                ratios.containsKey(name) ? String.format(Locale.ROOT, "%.2fx", median(ratios.get(name))) : "1.00x",
                runs.stream().mapToLong(WrkResult::errors).sum()));
        System.out.printf(Locale.ROOT, "%n| measure | value |%n|---|---|%n");
        System.out.printf(Locale.ROOT, "| first start (empty database, AppCDS) to first /products response | %.0f ms |%n",
                firstStartMs);
        System.out.printf(Locale.ROOT, "| restart (version in database, AppCDS) to first /products response | %.0f ms |%n",
                startupMs);
        System.out.printf(Locale.ROOT, "| restart to ready (files checked since start-up) | %.0f ms |%n", readyMs);
        System.out.printf(Locale.ROOT, "| resident memory after start | %d MiB |%n", rssStartKb / 1024);
        System.out.printf(Locale.ROOT, "| resident memory under load (peak) | %d MiB |%n", rssPeakKb / 1024);
        System.out.printf(Locale.ROOT, "| catalogue reload | %s |%n", reload);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException gone) {
            // process ended
        }
        return 0;
    }

    static int port(String variable, int otherwise) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim());
    }

    static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10)).build();
    }

    static String base() {
        return "http://127.0.0.1:" + APP_PORT;
    }

    static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
