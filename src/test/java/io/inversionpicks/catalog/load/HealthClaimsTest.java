package io.inversionpicks.catalog.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims check's word list: what it must catch, what it must leave alone, and how text is normalised first. */
class HealthClaimsTest {

    @ParameterizedTest(name = "''{0}'' is the claim ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Cures back pain in weeks                           | cures
            The cure for sciatica                              | cures
            Cured my herniated disc                            | cures
            Heals your spine while you rest                    | heals
            Eliminates back pain                               | eliminates pain
            Eliminates your lower back pain                    | eliminates pain
            Guaranteed relief or your money back               | guaranteed relief
            Relief guaranteed                                  | guaranteed relief
            Guaranteed to relieve sciatica                     | guaranteed relief
            Clinically proven design                           | clinically proven
            Clinically-tested ankle locks                      | clinically proven
            Proven to relieve back pain                        | clinically proven
            Doctor recommended                                 | doctor recommended
            Doctor-recommended table                           | doctor recommended
            Chiropractor approved                              | doctor recommended
            Recommended by doctors                             | doctor recommended
            FDA approved                                       | FDA-approved
            FDA-cleared for home use                           | FDA-approved
            FDA-registered medical device                      | FDA-registered
            100% effective                                     | 100% effective
            100 percent effective                              | 100% effective
            No more back pain                                  | no more back pain
            No more sciatica                                   | no more back pain
            Pain-free forever                                  | no more back pain
            Permanent relief                                   | permanent relief
            Permanently fixes your posture                     | permanent relief
            Reverses disc degeneration                         | reverses
            Reverses the ageing of your spine                  | reverses
            A miracle for your back                            | miracle
            Instant relief                                     | instant relief
            Cur\u0435s back pain                                    | cures
            A mir\u03b1cle for your back                            | miracle
            \u0421linically proven                                  | clinically proven
            """)
    void findsTheClaim(String text, String claim) {
        assertThat(HealthClaims.absolute(text)).extracting(HealthClaims.Finding::claim).contains(claim);
    }

    @ParameterizedTest(name = "''{0}'' makes no claim")
    @ValueSource(strings = {
            "Does not cure anything, and says so",
            "There is no cure for a bad back, only habits",
            "It will never heal an injury",
            "Secure ankle locks",
            "Procured from a certified factory",
            "Curved backrest",
            "Healthy posture habits",
            "Relief is temporary: the spine settles again when you stand up",
            "Not clinically proven to do anything",
            "Eliminates the need for a spotter's second hand", // eliminates, but no condition
            "Reverse the direction slowly",
            "Guaranteed for 5 years against defects",
            "Registered with Teeter for warranty",
            "Pain in the neck to assemble", // no claim word before the condition
            "A doctor should be asked first",
            "Permanent frame, folding legs"})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(HealthClaims.absolute(text)).isEmpty();
    }

    @ParameterizedTest(name = "summary ''{0}'' promises a medical outcome")
    @ValueSource(strings = {
            "A table that relieves back pain after a long day",
            "Eases sciatica and muscle spasms",
            "Back pain relief for the whole family",
            "Relief from herniated discs at home",
            "Treats lower back pain without drugs",
            "Helps reduce your chronic back pain"})
    void aSummaryMayNotPromiseAMedicalOutcome(String summary) {
        assertThat(HealthClaims.inSummary(summary)).extracting(HealthClaims.Finding::claim)
                .contains(HealthClaims.MEDICAL_OUTCOME.name());
    }

    @ParameterizedTest(name = "summary ''{0}'' is fine")
    @ValueSource(strings = {
            "A sturdy table with lumbar support that folds for storage",
            "Does not treat back pain; relief from inversion is temporary, so ask your doctor first",
            "Padded ankle locks ease getting in and out",
            "Stops at a preset angle"})
    void anOrdinarySummaryIsFine(String summary) {
        assertThat(HealthClaims.inSummary(summary)).isEmpty();
    }

    @Test
    void theMedicalOutcomeRuleIsForSummariesOnly() {
        assertThat(HealthClaims.absolute("Relieves back pain")).isEmpty();
        assertThat(HealthClaims.inSummary("Relieves back pain")).isNotEmpty();
    }

    @ParameterizedTest(name = "''{0}'' still reads as ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Clini\u00ADcally proven                 | clinically proven
            Cu\u200Bres sciatica                     | cures
            Doctor\u00A0recommended                  | doctor recommended
            Doctor\u2011recommended                  | doctor recommended
            FDA\u2013approved                        | FDA-approved
            \u201CGuaranteed relief\u201D            | guaranteed relief
            ＣＵＲＥＳ back pain                       | cures
            100\uFF05 effective                      | 100% effective
            No\u2009more\u202Fback pain              | no more back pain
            HEALS                                    | heals
            """)
    void normalisationLetsNoClaimSlipThrough(String text, String claim) {
        assertThat(HealthClaims.absolute(text)).extracting(HealthClaims.Finding::claim).contains(claim);
    }

    @Test
    void normaliseFoldsCaseQuotesDashesSpacesAndInvisibleCharacters() {
        assertThat(HealthClaims.normalise("  It\u2019s  \u201CFDA\u2010Approved\u201D\u00A0\uFEFF\u200Dnow "))
                .isEqualTo("it's \"fda-approved\" now");
    }

    @Test
    void aSourceBacksAClaimByItsNameOrItsWords() {
        HealthClaims.Finding finding = HealthClaims.absolute("FDA-registered 510(k) medical device").get(0);

        assertThat(HealthClaims.cites("FDA-registered", finding)).isTrue();
        assertThat(HealthClaims.cites("fda registered", finding)).isTrue();
        assertThat(HealthClaims.cites("FDA\u2011Registered", finding)).isTrue();
        assertThat(HealthClaims.cites("FDA-approved", finding)).isFalse();
        assertThat(HealthClaims.cites("clinically proven", finding)).isFalse();
    }
}
