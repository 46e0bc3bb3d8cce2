package io.learnpath.auth.account;

/** The answer to every well-formed sign-up, whether the address was free or not. */
public record SignUpReceived(String email, String message) {
}
