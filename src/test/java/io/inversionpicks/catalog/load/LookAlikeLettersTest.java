package io.inversionpicks.catalog.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Look-alike letters of other alphabets: found inside Latin words, made Latin for the word list, and left alone elsewhere. */
class LookAlikeLettersTest {

    @Test
    void findsACyrillicLetterInsideALatinWord() {
        LookAlikeLetters.MixedWord mixed = LookAlikeLetters.firstMixedWord("Fully adjustable, cur\u0435s it").orElseThrow();

        assertThat(mixed.word()).isEqualTo("cur\u0435s");
        assertThat(mixed.latin()).isEqualTo("e");
        assertThat(mixed.describe()).isEqualTo("'\u0435' (U+0435, Cyrillic) looks like the Latin 'e'");
    }

    @ParameterizedTest(name = "''{0}'' mixes alphabets")
    @ValueSource(strings = {
            "mir\u03b1cle",          // Greek alpha
            "\u0441ure",             // Cyrillic es at the start
            "Te\u0435ter",           // in a brand
            "he\u0430ls",            // Cyrillic a
            "fo\u043eam pad",        // Cyrillic o
            "\u0455trap",            // Cyrillic dze, like s
            "c\u057dre"})            // Armenian seh, like u
    void findsEveryKindOfLookAlike(String text) {
        assertThat(LookAlikeLetters.firstMixedWord(text)).isPresent();
    }

    @ParameterizedTest(name = "''{0}'' is left alone")
    @ValueSource(strings = {
            "Solid steel frame",
            "Caf\u00e9 na\u00efve r\u00e9sum\u00e9",          // Latin with accents
            "Pads of 5 \u03bcm film",                         // micro: Greek, but like no Latin letter
            "\u0422\u0435\u0442\u0435\u0440 Hang Ups",         // a whole Cyrillic word next to Latin ones
            "Tr\u00e4gt bis 136 kg",
            "\u30a4\u30f3\u30d0\u30fc\u30b7\u30e7\u30f3 table"}) // Japanese
    void leavesTextWithoutMixedWordsAlone(String text) {
        assertThat(LookAlikeLetters.firstMixedWord(text)).isEmpty();
    }

    @Test
    void makesLookAlikesLatinAndLeavesTheRest() {
        assertThat(LookAlikeLetters.toLatin("cur\u0435s \u03bcm \u65e5")).isEqualTo("cures \u03bcm \u65e5");
        assertThat(LookAlikeLetters.toLatin("Solid steel frame")).isEqualTo("Solid steel frame");
    }
}
