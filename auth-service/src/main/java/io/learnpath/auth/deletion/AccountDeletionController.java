package io.learnpath.auth.deletion;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/me")
@Tag(name = "Profile")
class AccountDeletionController {

    private final AccountDeletion deletion;

    AccountDeletionController(AccountDeletion deletion) {
        this.deletion = deletion;
    }

    @Operation(summary = "Delete your account", description = """
            Needs your password. Cannot be undone: the account, its progress and its notifications are erased \\
            in every service, and its tokens stop working at once.""")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "Wrong or missing password (field password)")
    @DeleteMapping
    ResponseEntity<Void> delete(@RequestBody AccountDeletionRequest request, AuthenticatedLearner learner) {
        deletion.delete(learner.id(), request.password());
        return ResponseEntity.noContent().build();
    }

    record AccountDeletionRequest(String password) {

        @Override
        public String toString() {
            return "AccountDeletionRequest[***]";
        }
    }
}
