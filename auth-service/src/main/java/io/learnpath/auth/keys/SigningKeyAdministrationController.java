package io.learnpath.auth.keys;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rotating the signing key by hand: after a suspected leak, or to try a rotation before the schedule does one. */
@RestController
@RequestMapping("/api/auth/admin/signing-keys")
@Tag(name = "Administration")
class SigningKeyAdministrationController {

    // The role's name as the token carries it; the keys feature cannot use the account feature's Role, being the
    // foundation accounts build on.
    private static final String ADMIN = "ADMIN";

    private final SigningKeyStore keys;

    SigningKeyAdministrationController(SigningKeyStore keys) {
        this.keys = keys;
    }

    @PostMapping("/rotate")
    @Operation(summary = "Rotate the token-signing key", description = "A new key signs every token from now on (on "
            + "every instance within learnpath.auth.signing-keys.refresh-after, 5 minutes by default). The replaced "
            + "key stays in the JWKS, and tokens it signed stay valid, until the last of them has expired. Two "
            + "rotations at once make one new key, which both answer. ADMIN only.")
    KeyRotation rotate(AuthenticatedLearner admin) {
        if (!admin.hasRole(ADMIN)) {
            throw new ForbiddenException("Only an ADMIN rotates the signing key");
        }
        return keys.rotate();
    }
}
