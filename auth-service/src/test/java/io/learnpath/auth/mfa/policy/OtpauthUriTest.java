package io.learnpath.auth.mfa.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OtpauthUriTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXP";

    @Test
    void spellsOutEveryParameterAnAppNeeds() {
        OtpauthUri uri = new OtpauthUri("Learnpath", "ada@example.com", SECRET, TotpTimeSteps.STANDARD, 6);

        assertThat(uri.value()).isEqualTo("otpauth://totp/Learnpath:ada@example.com?secret=JBSWY3DPEHPK3PXP"
                + "&issuer=Learnpath&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void encodesWhatAUriCannotHoldOrAnAppMightMisread() {
        OtpauthUri uri = new OtpauthUri("Learn path", "ada+mfa@exämple.com", SECRET, TotpTimeSteps.STANDARD, 6);

        assertThat(uri.value()).startsWith("otpauth://totp/Learn%20path:ada%2Bmfa@ex%C3%A4mple.com?")
                .contains("&issuer=Learn%20path&");
    }

    @Test
    void keepsTheSecretOutOfItsStringForm() {
        assertThat(new OtpauthUri("Learnpath", "ada@example.com", SECRET, TotpTimeSteps.STANDARD, 6).toString())
                .doesNotContain(SECRET);
    }

    @Test
    void refusesAColonWhichWouldSplitTheLabelWrongly() {
        assertThatThrownBy(() -> new OtpauthUri("Learn:path", "ada@example.com", SECRET, TotpTimeSteps.STANDARD, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtpauthUri("Learnpath", "a:da@example.com", SECRET, TotpTimeSteps.STANDARD, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
