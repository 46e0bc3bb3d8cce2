package io.learnpath.auth.verification;

import io.learnpath.auth.account.Account;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/email")
@Tag(name = "Email verification", description = "Proving that a learner reads their address")
class EmailVerificationController {

    private final EmailVerification verification;

    EmailVerificationController(EmailVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Verify an address with the token of a mailed link", description = """
            Needs no token: the link may be opened on another device. Works once; a link for a new address (an \\
            email change) makes it the account's address. Answers the account, with emailVerified true.""")
    @ApiResponse(responseCode = "200", description = "Verified")
    @ApiResponse(responseCode = "400", description = "The token is unknown, expired or used (field token)")
    @ApiResponse(responseCode = "409", description = "Another account took the new address meanwhile")
    @PostMapping("/verify")
    Account verify(@RequestBody VerifyEmailRequest request) {
        return verification.verify(request.token());
    }

    @Operation(summary = "Mail a new verification link to your address",
            description = "At most five links an hour are mailed; beyond that the answer is the same and nothing is sent.")
    @ApiResponse(responseCode = "202", description = "A link is on its way")
    @ApiResponse(responseCode = "409", description = "The address is verified already")
    @PostMapping("/verification")
    ResponseEntity<Void> resend(AuthenticatedLearner learner) {
        verification.resend(learner.id());
        return ResponseEntity.accepted().build();
    }

    /** @param token the secret from the link's {@code token} parameter */
    record VerifyEmailRequest(String token) {

        @Override
        public String toString() {
            return "VerifyEmailRequest[token=***]";
        }
    }
}
