package io.learnpath.auth.profile;

import io.learnpath.auth.account.Account;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/me")
@Tag(name = "Profile", description = "The signed-in learner's name, time zone and address")
class ProfileController {

    private final Profiles profiles;

    ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @Operation(summary = "Change your display name and/or time zone", description = """
            Fields left out stay as they are. The time zone is an IANA name (Europe/Paris); your streaks count \\
            days in it.""")
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @ApiResponse(responseCode = "400", description = "A field is not acceptable (named in the problem)")
    @PatchMapping
    Account update(@RequestBody ProfileUpdate update, AuthenticatedLearner learner) {
        return profiles.update(learner.id(), update);
    }

    @Operation(summary = "Change your email address", description = """
            Needs your password. Mails a verification link to the new address; the address changes when the link \\
            is opened (POST /api/auth/email/verify), and until then you sign in with the old one.""")
    @ApiResponse(responseCode = "202", description = "A link is on its way to the new address")
    @ApiResponse(responseCode = "400", description = "Wrong password (field password) or not an address (email)")
    @PostMapping("/email")
    ResponseEntity<Void> changeEmail(@RequestBody EmailChangeRequest request, AuthenticatedLearner learner) {
        profiles.requestEmailChange(learner.id(), request.email(), request.password());
        return ResponseEntity.accepted().build();
    }

    record EmailChangeRequest(String email, String password) {

        @Override
        public String toString() {
            return "EmailChangeRequest[email=" + email + "]";
        }
    }
}
