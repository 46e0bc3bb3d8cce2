package io.learnpath.auth.mfa;

import io.learnpath.auth.account.PasswordReentry;
import io.learnpath.auth.mfa.policy.RecoveryCodeFormat;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ProblemException;
import io.learnpath.platform.web.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/mfa")
@Tag(name = "Multi-factor authentication", description = "A second factor for signing in: codes from an "
        + "authenticator app (TOTP, RFC 6238), with one-time recovery codes")
class MfaController {

    static final String INVALID_MFA_CODE = "invalid-mfa-code";
    static final String SIX_DIGITS = "\\d{6}";
    static final String SIX_DIGITS_MESSAGE = "must be the 6 digits your authenticator app shows";
    static final String RECOVERY_CODE_MESSAGE = "must be a recovery code: 16 letters and digits, as xxxx-xxxx-xxxx-xxxx";

    private final MfaEnrolment enrolment;
    private final MfaSettings settings;

    private final PasswordReentry reentry;

    MfaController(MfaEnrolment enrolment, MfaSettings settings, PasswordReentry reentry) {
        this.reentry = reentry;
        this.enrolment = enrolment;
        this.settings = settings;
    }

    @Operation(summary = "Read your MFA status", description = "Whether signing in takes a code, and how many "
            + "recovery codes are left.")
    @GetMapping
    MfaStatus status(AuthenticatedLearner learner) {
        return settings.status(learner.id());
    }

    @Operation(summary = "Start an MFA enrolment", description = "Answers a new secret, its otpauth:// URI and that "
            + "URI as a QR code (a PNG data: URI) to scan with an authenticator app. Nothing changes for sign-in until "
            + "the enrolment is confirmed with a first code; starting again before that replaces the secret.")
    @ApiResponse(responseCode = "200", description = "Pending until confirmed; the answer is never cached")
    @ApiResponse(responseCode = "409", description = "MFA is on already (problem type .../mfa-already-enabled); "
            + "turn it off first")
    @ApiResponse(responseCode = "400", description = "Wrong or missing password (field password)")
    @PostMapping("/enrolment")
    ResponseEntity<TotpEnrolment> startEnrolment(@RequestBody PasswordRequest request, AuthenticatedLearner learner) {
        // The password again: with a stolen access token alone, someone could put MFA on the account with their
        // own authenticator app and lock its owner out.
        reentry.confirm(learner.id(), request.password(), "password");
        return noStore(enrolment.start(learner.id()));
    }

    record PasswordRequest(String password) {

        @Override
        public String toString() {
            return "PasswordRequest[***]";
        }
    }

    @Operation(summary = "Confirm the MFA enrolment", description = "With the code the authenticator app shows now: "
            + "turns MFA on and answers ten one-time recovery codes, shown this once and never again.")
    @ApiResponse(responseCode = "200", description = "MFA is on; the answer is never cached")
    @ApiResponse(responseCode = "409", description = "No enrolment is pending (problem type "
            + ".../mfa-enrolment-not-started) or MFA is on already (.../mfa-already-enabled)")
    @PostMapping("/enrolment/confirmation")
    ResponseEntity<RecoveryCodeList> confirmEnrolment(@Valid @RequestBody AuthenticatorCodeRequest request,
            AuthenticatedLearner learner) {
        return noStore(enrolment.confirm(learner.id(), request.code()));
    }

    @Operation(summary = "Replace the recovery codes", description = "Takes a current code from the authenticator "
            + "app; the old recovery codes stop working and ten new ones are answered, shown this once. A wrong code "
            + "counts against the account's sign-in lockout.")
    @ApiResponse(responseCode = "200", description = "The new codes; the answer is never cached")
    @ApiResponse(responseCode = "403", description = "The code is wrong, already used, or the account is locked for "
            + "now (problem type .../invalid-mfa-code)")
    @ApiResponse(responseCode = "409", description = "MFA is off (problem type .../mfa-not-enabled)")
    @PostMapping("/recovery-codes")
    ResponseEntity<RecoveryCodeList> renewRecoveryCodes(@Valid @RequestBody AuthenticatorCodeRequest request,
            AuthenticatedLearner learner) {
        return noStore(settings.renewRecoveryCodes(learner.id(), request.code()).orElseThrow(
                MfaController::invalidCode));
    }

    @Operation(summary = "Turn MFA off", description = "Takes a fresh code from the authenticator app, or a recovery "
            + "code if the device is lost (exactly one of the two). A wrong one counts against the account's sign-in "
            + "lockout.")
    @ApiResponse(responseCode = "204", description = "MFA is off: signing in takes the password only")
    @ApiResponse(responseCode = "403", description = "The code is wrong, already used, or the account is locked for "
            + "now (problem type .../invalid-mfa-code)")
    @ApiResponse(responseCode = "409", description = "MFA is off already (problem type .../mfa-not-enabled)")
    @PostMapping("/disable")
    ResponseEntity<Void> disable(@Valid @RequestBody DisableRequest request, AuthenticatedLearner learner) {
        SecondFactorProof proof = request.proof();
        if (!settings.disable(learner.id(), proof)) {
            throw invalidCode();
        }
        return ResponseEntity.noContent().build();
    }

    /** @param code the six digits the authenticator app shows now */
    record AuthenticatorCodeRequest(@NotNull @Pattern(regexp = SIX_DIGITS, message = SIX_DIGITS_MESSAGE) String code) {

        @Override
        public String toString() {
            return "AuthenticatorCodeRequest[...]";
        }
    }

    /**
     * @param code         the six digits the authenticator app shows now, or
     * @param recoveryCode one of the recovery codes, when the app is lost
     */
    record DisableRequest(@Pattern(regexp = SIX_DIGITS, message = SIX_DIGITS_MESSAGE) String code,
            @Pattern(regexp = RecoveryCodeFormat.TYPED, message = RECOVERY_CODE_MESSAGE) String recoveryCode) {

        SecondFactorProof proof() {
            if (code != null && recoveryCode != null) {
                throw new InvalidInputException("recoveryCode", "give either code or recoveryCode, not both");
            }
            if (code == null && recoveryCode == null) {
                throw new InvalidInputException("code", "is required: the code your authenticator app shows, or "
                        + "a recoveryCode instead");
            }
            return code != null ? new SecondFactorProof.AuthenticatorCode(code)
                    : new SecondFactorProof.RecoveryCode(recoveryCode);
        }

        @Override
        public String toString() {
            return "DisableRequest[...]";
        }
    }

    private static <T> ResponseEntity<T> noStore(T body) {
        // A secret or recovery codes: no cache on the way may keep them.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
    }

    private static ProblemException invalidCode() {
        return new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.of(INVALID_MFA_CODE), "Invalid MFA code",
                "The code is wrong or was used already; wait for the next one");
    }
}
