package io.inversionpicks.widget;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.inversionpicks.testing.DebianChromium;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever part of an iframe page has been parsed is laid out as it will be in the whole page: nothing already there
 * moves or changes width when the rest arrives. A browser may paint a page half-parsed: Firefox and Safari, which
 * ignore the page's {@code <link rel="expect" blocking="render">}, on a slow connection, and Chromium too when the
 * reader's device is busy (with the renderer starved of CPU, a cold visit shifted by 0.69 inside the table's iframe:
 * its columns widened as later rows arrived and its caption, set below the table, moved down with every row).
 * <p>
 * Deterministic, with no network timing: the whole page is laid out, then every state the parser passes through is
 * rebuilt by removing what follows a point in the document (just before each element, just after it is opened, just
 * after it is closed). Every element and text still there must start where it starts in the whole page, within 1 px,
 * and every element (but the one just opened) must have its width; none may lose its box.
 */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class WidgetFrameLayoutAppendOnlyBrowserTest extends BrowserTestBase {

    /** Every element of the widget, cut before, inside and after in turn; the boxes that moved, at most 20. */
    private static final String CUT_EVERYWHERE = """
            () => {
              // Stricter than Chromium, which counts no shift under 3 px (LayoutShiftTracker): each state is compared
              // with the whole page, and two states each 2 px off in opposite directions would be 4 px apart.
              const MIN_MOVE = 1;
              const main = document.querySelector('main');
              const all = Array.from(main.querySelectorAll('*'));
              // Text too: a value can move within its cell while no element does. A text's box is its first line's.
              const texts = [];
              const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) { if (walker.currentNode.data.trim()) texts.push(walker.currentNode); }
              const rects = n => {
                if (n.nodeType === Node.ELEMENT_NODE) return n.getClientRects();
                const range = document.createRange();
                range.selectNodeContents(n);
                return range.getClientRects();
              };
              const box = n => {
                const r = n.nodeType === Node.ELEMENT_NODE ? n.getBoundingClientRect() : rects(n)[0];
                return { x: r.x + scrollX, y: r.y + scrollY, width: r.width };
              };
              // Columns paint nothing of their own: their boxes follow the rows that exist.
              const shown = n => rects(n).length > 0
                && (n.nodeType !== Node.ELEMENT_NODE || !getComputedStyle(n).display.startsWith('table-column'));
              const whole = new Map(all.concat(texts).filter(shown).map(n => [n, box(n)]));
              const name = n => n.nodeType !== Node.ELEMENT_NODE ? JSON.stringify(n.data.trim().slice(0, 30))
                : n.tagName.toLowerCase() + '#' + all.indexOf(n)
                  + (n.getAttribute('class') ? '.' + n.getAttribute('class').split(' ').join('.') : '');
              const moved = [];
              let cuts = 0;
              // An element just opened has no content yet, so its own width may differ; where it starts may not.
              const check = (state, opened) => {
                cuts++;
                for (const [e, was] of whole) {
                  if (!e.isConnected) continue;
                  if (!shown(e)) {
                    if (moved.length < 20) moved.push(state + ': ' + name(e) + ' has no box; it has in the whole page');
                    continue;
                  }
                  const now = box(e);
                  // A text's width may change by its trailing space alone, at the end of a line, when what follows
                  // is not parsed yet; where it starts may not change.
                  const keys = e === opened || e.nodeType !== Node.ELEMENT_NODE ? ['x', 'y'] : ['x', 'y', 'width'];
                  if (keys.some(k => Math.abs(now[k] - was[k]) >= MIN_MOVE) && moved.length < 20) {
                    moved.push(state + ': ' + name(e) + ' ' + JSON.stringify(now) + ' in the whole page '
                      + JSON.stringify(was));
                  }
                }
              };
              for (const e of all) {
                const following = [];
                for (let n = e; n !== main; n = n.parentNode) {
                  while (n.nextSibling) { following.push([n.parentNode, n.nextSibling]); n.nextSibling.remove(); }
                }
                // The text before e is parsed, e not yet (in a cell, its value without its "Best" tag).
                const parent = e.parentNode;
                e.remove();
                check('just before ' + name(e));
                parent.append(e);
                check('just after ' + name(e) + ' closed');
                const children = Array.from(e.childNodes);
                if (children.some(c => c.nodeType === Node.ELEMENT_NODE)) {
                  children.forEach(c => c.remove());
                  check('just after ' + name(e) + ' opened', e);
                  children.forEach(c => e.append(c));
                }
                following.forEach(([parent, node]) => parent.append(node));
              }
              return { cuts, elements: all.length, moved };
            }
            """;

    /**
     * The columns follow the number of cards the page says it has, not the cards parsed so far; fewer cards than
     * would fit still share the row between them, as before (a lone card at 672 px, or three at 1100 px where four
     * columns would fit, leave no empty column).
     */
    @ParameterizedTest(name = "{0} cards at {1} px")
    @CsvSource({"1, 672", "2, 672", "1, 1000", "2, 1000", "3, 1000", "3, 1100", "4, 1400", "3, 288"})
    @SuppressWarnings("unchecked")
    void fewerCardsThanFitShareTheRow(int cards, int width) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
            Page page = context.newPage();
            page.navigate(base() + "/widget/picks?limit=" + cards);
            List<Number> edges = (List<Number>) page.evaluate("""
                    () => {
                      const list = document.querySelector('.ip-cards').getBoundingClientRect();
                      const cards = Array.from(document.querySelectorAll('.ip-card'), c => c.getBoundingClientRect());
                      const firstRow = cards.filter(c => Math.abs(c.top - cards[0].top) < 1);
                      return [cards.length, list.right - firstRow[firstRow.length - 1].right,
                              Math.min(...cards.map(c => c.width))];
                    }""");
            assertThat(edges.get(0).intValue()).as("cards shown").isEqualTo(cards);
            assertThat(Math.abs(edges.get(1).doubleValue())).as("space right of the first row's last card")
                    .isLessThan(1);
            // The page's padding (16 px a side) and its reserved scrollbar gutter (15 px) leave the list its width.
            assertThat(edges.get(2).doubleValue()).as("the narrowest card").isGreaterThanOrEqualTo(
                    Math.min(240, width - 2 * 16 - 15));
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
            "/widget/picks?beginner=true&limit=3, 672",
            "/widget/picks?beginner=true&limit=3, 288",
            "/widget/picks?beginner=true&limit=3, 1000",
            "/widget/picks?limit=1, 672",
            "/widget/picks?limit=2, 1000",
            "/widget/picks?limit=3, 1100",
            "/widget/picks?limit=4, 1400",
            "/widget/picks?beginner=true&limit=3&form=true, 672",
            "/widget/picks?limit=3&form=true&experience=new, 672",
            "/widget/picks?limit=3&form=true&experience=new, 288",
            "'/widget/compare?ids=teeter-fitspine-x3,innova-itx9600,ironman-gravity-4000', 672",
            "'/widget/compare?ids=teeter-fitspine-x3,innova-itx9600,ironman-gravity-4000', 288",
            "'/widget/compare?ids=teeter-fitspine-x3,innova-itx9600,ironman-gravity-4000', 560",
            "'/widget/compare?ids=teeter-fitspine-x3,innova-itx9600', 1000"})
    @SuppressWarnings("unchecked")
    void nothingMovesAsTheRestOfThePageArrives(String path, int width) {
        // 672 px: the iframe in a blog's 42rem column; 288: on a 320 px phone; 560: the widest stacked table; 1000: a
        // wide column, three cards a row.
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
            Page page = context.newPage();
            page.navigate(base() + path);
            Map<String, Object> result = (Map<String, Object>) page.evaluate(CUT_EVERYWHERE);
            int elements = ((Number) result.get("elements")).intValue();
            assertThat(elements).as("the widget's elements").isGreaterThan(40);
            assertThat(((Number) result.get("cuts")).intValue()).as("states checked").isGreaterThan(elements);
            assertThat((List<String>) result.get("moved")).as("boxes that moved when the rest of the page arrived")
                    .isEmpty();
        }
    }
}
