package io.inversionpicks.sync.amazon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The credential version picks the token endpoint and the spelling of the scope, as in Amazon's SDK. */
class CreatorsApiTokensTest {

    @Test
    void version2CredentialsAreCognitosAndVersion3LoginWithAmazons() {
        assertThat(CreatorsApiTokens.endpoint("2.1"))
                .isEqualTo("https://creatorsapi.auth.us-east-1.amazoncognito.com/oauth2/token");
        assertThat(CreatorsApiTokens.endpoint("2.2")).contains("eu-south-2");
        assertThat(CreatorsApiTokens.endpoint("3.1")).isEqualTo("https://api.amazon.com/auth/o2/token");
        assertThat(CreatorsApiTokens.endpoint("3.3")).isEqualTo("https://api.amazon.co.jp/auth/o2/token");
        assertThat(CreatorsApiTokens.scope("2.3")).isEqualTo("creatorsapi/default");
        assertThat(CreatorsApiTokens.scope("3.2")).isEqualTo("creatorsapi::default");
    }

    @Test
    void anUnknownVersionIsNamedWithTheValidOnes() {
        assertThatThrownBy(() -> CreatorsApiTokens.endpoint("4.0")).isInstanceOf(CreatorsApiException.class)
                .hasMessageContaining("sync.amazon.credential-version '4.0'")
                .hasMessageContaining("2.1, 2.2, 2.3, 3.1, 3.2, 3.3");
    }
}
