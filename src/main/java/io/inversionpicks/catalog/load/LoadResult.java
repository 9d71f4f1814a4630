package io.inversionpicks.catalog.load;

import io.inversionpicks.catalog.model.Catalogue;

import java.util.List;
import java.util.Map;

/** What reading a catalogue folder gave: a complete catalogue, or every problem found. Never half of each. */
public sealed interface LoadResult {

    /**
     * @param fileHashes SHA-256 of each file, by relative path: tells which files a new version changed
     * @param contentHash one hash over all files: the catalogue version's identity
     */
    record Loaded(Catalogue catalogue, Map<String, String> fileHashes, String contentHash) implements LoadResult {
        public Loaded {
            fileHashes = Map.copyOf(fileHashes);
        }
    }

    record Invalid(List<CatalogueProblem> problems) implements LoadResult {
        public Invalid {
            problems = problems.stream().sorted().toList();
        }

        public String report() {
            StringBuilder out = new StringBuilder();
            problems.forEach(p -> out.append(p.format()).append('\n'));
            return out.toString();
        }
    }
}
