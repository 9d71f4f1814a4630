package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What may live in a catalogue folder besides the catalogue: what editors' tools and Kubernetes put there is
 * skipped, links are followed while they stay inside the folder, and everything else is named. (Each single mistake,
 * with its message, is in InvalidEdits.)
 */
class CatalogueFolderLayoutTest {

    private static final CatalogueFolder FOLDER = CatalogueFolder.create();
    private final CatalogueLoader loader = new CatalogueLoader();

    @BeforeEach
    void validFolder() {
        FOLDER.reset();
    }

    private LoadResult load() {
        return loader.load(FOLDER.root(), Fixtures.NOW);
    }

    private List<String> problems() {
        return ((LoadResult.Invalid) load()).problems().stream().map(CatalogueProblem::format).toList();
    }

    private List<String> productIds() {
        return ((LoadResult.Loaded) load()).catalogue().products().stream().map(p -> p.id()).toList();
    }

    @Test
    void hiddenEntriesReadmesAndLostAndFoundAreSkipped() {
        FOLDER.write(".gitkeep", "");
        FOLDER.write(".DS_Store", "\0\0\0\1Bud1");
        FOLDER.write(".git/config", "[core]\n");
        FOLDER.write("README.md", "Edit with care; see src/docs/editors-guide.md\n");
        FOLDER.write("lost+found/#1234", "");
        FOLDER.write("products/.gitkeep", "");
        FOLDER.write("products/.test-table.yaml.swp", "vim swap");
        FOLDER.write("products/README", "One file per product.\n");

        assertThat(load()).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void everyEntryThatIsNotReadIsNamedOnce() {
        FOLDER.write("notes.txt", "x");
        FOLDER.write("retailer.yaml", FOLDER.read("retailers.yaml"));
        FOLDER.write("Products/a.yaml", "id: a\n");
        FOLDER.write("images/logo.svg", "<svg/>");
        FOLDER.write("products/boots/a.yaml", "id: a\n");
        FOLDER.write("products/b.yml", "id: b\n");
        FOLDER.write("products/categories.yaml.orig", "x");

        assertThat(problems()).containsExactly(
                "Products: unknown folder, not read; did you mean 'products'?",
                "images: unknown folder, not read; a catalogue has one folder, products/",
                "notes.txt: unknown file, not read; a catalogue folder holds affiliate-programmes.yaml, "
                        + "categories.yaml, disclosures.yaml, ranking.yaml, retailers.yaml, the products/ folder "
                        + "and README files",
                "products/b.yml: rename to .yaml; only .yaml files are read",
                "products/boots: sub-folder, not read; put every product directly in products/ as <id>.yaml",
                "products/categories.yaml.orig: a backup or temporary copy, not read; delete it or move it out of "
                        + "the catalogue folder",
                "retailer.yaml: unknown file, not read; did you mean 'retailers.yaml'?");
    }

    @Test
    void aConfigMapVolumeIsReadThroughItsLinks() {
        FOLDER.toConfigMapLayout("..2026_11_23_12_00_00.1");

        assertThat(productIds()).contains(TEST_PRODUCT_ID);
    }

    @Test
    void linksThatStayInsideTheFolderAreFollowed() {
        FOLDER.write(".shared/test-table.yaml", FOLDER.read(TEST_PRODUCT));
        FOLDER.link(TEST_PRODUCT, Path.of("../.shared/test-table.yaml"));
        FOLDER.write(".shared/categories.yaml", FOLDER.read("categories.yaml"));
        FOLDER.link("categories.yaml", FOLDER.path(".shared/categories.yaml"));

        assertThat(productIds()).contains(TEST_PRODUCT_ID);
    }

    @Test
    void theFolderItselfMayBeALink() throws IOException {
        Path link = FOLDER.root().resolveSibling("catalog-link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, FOLDER.root());

        assertThat(loader.load(link, Fixtures.NOW)).isInstanceOf(LoadResult.Loaded.class);
    }

    /** A ConfigMap's ..data that leads out of the folder is not used; what is linked through it is refused. */
    @Test
    void aDataLinkLeadingOutsideIsNotFollowed() throws IOException {
        Path elsewhere = FOLDER.outside("data/categories.yaml", FOLDER.read("categories.yaml")).getParent();
        FOLDER.link("..data", elsewhere);
        FOLDER.link("categories.yaml", Path.of("..data/categories.yaml"));

        assertThat(problems()).containsExactly("categories.yaml: symbolic link to outside the catalogue folder ("
                + elsewhere.toRealPath().resolve("categories.yaml") + "); the service reads only files inside the "
                + "folder: copy the file in instead");
    }

    /** Before, the reload blocked for ever reading it; the timeout only stops such a regression hanging the build. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsNotReadAsAProduct() throws Exception {
        Path fifo = FOLDER.path("products/pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(problems()).containsExactly(
                "products/pipe.yaml: not a regular file; the service reads only plain files");
    }
}
