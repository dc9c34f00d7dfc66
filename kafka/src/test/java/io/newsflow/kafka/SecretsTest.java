package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void everySecretLookingSettingIsMasked() {
        for (String key : new String[] {
            "basic.auth.user.info", "sasl.jaas.config", "ssl.keystore.password", "ssl.key.password",
            "apicurio.auth.client.secret", "sasl.oauthbearer.token.endpoint.url", "credentials.source",
                    "ssl.truststore.password"
        }) {
            assertThat(Secrets.shown(key, "hunter2")).as(key).isEqualTo("****");
        }
        assertThat(Secrets.shown("security.protocol", "SASL_SSL")).isEqualTo("SASL_SSL");
        assertThat(Secrets.shown("ssl.keystore.type", "PKCS12")).isEqualTo("PKCS12");
    }

    @Test
    void credentialsInUrlsAreMasked() {
        assertThat(Secrets.maskUrls("registry https://alice:s3cret@registry.example:8080/apis/registry/v3 up"))
                .isEqualTo("registry https://****@registry.example:8080/apis/registry/v3 up");
        assertThat(Secrets.maskUrls("http://registry:8080/apis")).isEqualTo("http://registry:8080/apis");
    }

    @Test
    void maskingIsLinearOnHostileText() {
        String hostile = "http://" + "a".repeat(200_000) + " " + "x://".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> Secrets.maskUrls(hostile));
    }
}
