package io.learnpath.auth.password;

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
@RequestMapping("/api/auth/password")
@Tag(name = "Passwords", description = "Forgotten passwords and changing a password")
class PasswordController {

    private final PasswordReset reset;
    private final PasswordChange change;

    PasswordController(PasswordReset reset, PasswordChange change) {
        this.reset = reset;
        this.change = change;
    }

    @Operation(summary = "Ask for a password reset link", description = """
            Needs no token. The answer is the same, after the same time, whether or not the address has an \\
            account; only an account is mailed a link (valid 30 minutes, at most five an hour).""")
    @ApiResponse(responseCode = "202", description = "If the address has an account, a link is on its way")
    @ApiResponse(responseCode = "400", description = "Not an email address (field email)")
    @PostMapping("/forgot")
    ResponseEntity<Void> forgot(@RequestBody ForgotPasswordRequest request) {
        reset.request(request.email());
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Set a new password with the token of a reset link", description = """
            Needs no token. Works once. Ends every sign-in of the account; sign in with the new password.""")
    @ApiResponse(responseCode = "204", description = "The password is changed")
    @ApiResponse(responseCode = "400", description = "Invalid, expired or used token (field token), or a "
            + "password the policy refuses (field password)")
    @PostMapping("/reset")
    ResponseEntity<Void> reset(@RequestBody ResetPasswordRequest request) {
        reset.reset(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Change your password", description = """
            Needs the current password. Ends every sign-in of the account, this one included.""")
    @ApiResponse(responseCode = "204", description = "The password is changed")
    @ApiResponse(responseCode = "400", description = "Wrong current password (field currentPassword), or a "
            + "new password the policy refuses (field newPassword)")
    @PostMapping("/change")
    ResponseEntity<Void> change(@RequestBody ChangePasswordRequest request, AuthenticatedLearner learner) {
        change.change(learner.id(), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    record ForgotPasswordRequest(String email) {
    }

    record ResetPasswordRequest(String token, String password) {

        @Override
        public String toString() {
            return "ResetPasswordRequest[***]";
        }
    }

    record ChangePasswordRequest(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "ChangePasswordRequest[***]";
        }
    }
}
