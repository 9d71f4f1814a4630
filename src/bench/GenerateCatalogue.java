import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Generates a valid catalogue of N products for benchmarks: the shipped catalogue plus variations of its products
 * (new ids, names, prices, weight limits and height ranges), so every filter still has something to select.
 *
 * <pre>java src/bench/GenerateCatalogue.java 10000 target/bench/catalog-10000</pre>
 */
public class GenerateCatalogue {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java src/bench/GenerateCatalogue.java <product-count> <output-folder>");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]); // 0 copies the shipped catalogue as it is
        Path source = Path.of("catalog-data");
        Path target = Path.of(args[1]);
        copyCatalogueFiles(source, target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source.resolve("products"))) {
            templates = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path template : templates) {
            texts.add(Files.readString(template));
            Files.copy(template, target.resolve("products").resolve(template.getFileName()));
        }
        for (int i = templates.size(); i < count; i++) {
            int t = i % templates.size();
            String id = templates.get(t).getFileName().toString().replace(".yaml", "") + "-g" + i;
            Files.writeString(target.resolve("products").resolve(id + ".yaml"), vary(texts.get(t), id, i));
        }
        System.out.println("wrote " + Math.max(count, templates.size()) + " products to " + target);
    }

    private static String vary(String yaml, String id, int i) {
        double priceFactor = 0.7 + (i % 61) / 100.0;
        String out = yaml.replaceFirst("(?m)^id: .*$", "id: " + id)
                .replaceFirst("(?m)^name: (.*)$", "name: $1 (variant " + i + ")")
                .replaceFirst("(?m)^maxUserWeightKg: .*$", "maxUserWeightKg: " + (100 + i % 61))
                .replaceFirst("(?m)^(  min: )\\d+(\\.\\d+)?$", "$1" + (135 + i % 15))
                .replaceFirst("(?m)^(  max: )\\d+(\\.\\d+)?$", "$1" + (185 + i % 20));
        StringBuilder result = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            var m = java.util.regex.Pattern.compile("^(\\s+amount: )(-?\\d+(\\.\\d+)?)$").matcher(line);
            if (m.matches()) {
                double amount = Double.parseDouble(m.group(2)) * priceFactor;
                line = m.group(1) + String.format(Locale.ROOT, "%.2f", amount);
            }
            result.append(line).append('\n');
        }
        return result.substring(0, result.length() - 1);
    }

    private static void copyCatalogueFiles(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(target.resolve("products"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
