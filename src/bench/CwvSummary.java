import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums up the reports of {@code WidgetCoreWebVitalsBrowserTest} (target/cwv/widget-vitals.md) written by several runs:
 * per embedding form, how many visits had a long task on the blog's main thread, the most long-task time in one visit,
 * and the longest run of the widget's own scripts inside a long animation frame; then what ran in each long task.
 * Usage: {@code java src/bench/CwvSummary.java run-1.md run-2.md ...} (see src/bench/cwv.sh).
 */
public class CwvSummary {

    /** "3 (160 ms)": the number of long tasks in a visit and their total. */
    private static final Pattern LONG_TASKS = Pattern.compile("(\\d+) \\((\\d+) ms\\)");

    record Form(List<String> visits, List<String> withLongTasks, double[] longestTaskMs, double[] longestScriptMs) {
        Form() {
            this(new ArrayList<>(), new ArrayList<>(), new double[1], new double[1]);
        }
    }

    public static void main(String[] reports) throws IOException {
        Map<String, Form> forms = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        for (String report : reports) {
            boolean summaryTable = true;
            for (String line : Files.readAllLines(Path.of(report))) {
                if (line.isBlank()) {
                    summaryTable = false; // then each visit again, with its requests and its long tasks
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length < 11 || !line.startsWith("| ") || line.startsWith("| form")) {
                    continue;
                }
                Matcher tasks = LONG_TASKS.matcher(cells[7].trim());
                if (!tasks.matches()) {
                    continue;
                }
                String visit = String.join(" ", cells[2].trim(), cells[3].trim(), cells[4].trim()).trim();
                if (!summaryTable) {
                    if (Integer.parseInt(tasks.group(1)) > 0) {
                        details.add(report + ": " + cells[1].trim() + " " + visit + line.substring(line.indexOf(" [")));
                    }
                    continue;
                }
                Form form = forms.computeIfAbsent(cells[1].trim(), name -> new Form());
                form.visits().add(visit);
                int count = Integer.parseInt(tasks.group(1));
                double total = Double.parseDouble(tasks.group(2));
                if (count > 0) {
                    form.withLongTasks().add(visit);
                    form.longestTaskMs()[0] = Math.max(form.longestTaskMs()[0], total);
                }
                if (!cells[8].isBlank()) {
                    form.longestScriptMs()[0] = Math.max(form.longestScriptMs()[0], Double.parseDouble(cells[8].trim()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d runs%n%n| form | visits | with a long task | the most in one visit "
                + "| the widget's longest script run in a long frame |%n|---|---:|---:|---:|---:|%n", reports.length);
        forms.forEach((name, form) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f ms | %.0f ms |%n", name,
                form.visits().size(), form.withLongTasks().size(), form.longestTaskMs()[0], form.longestScriptMs()[0]));
        System.out.println();
        details.forEach(System.out::println);
    }
}
