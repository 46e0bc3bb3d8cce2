package io.learnpath.auth.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Only presence and an upper bound are checked: a login is never told which rule a stored password would break,
 * and the bound keeps a megabyte "password" from being fed to Argon2.
 */
record LoginRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password) {

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
