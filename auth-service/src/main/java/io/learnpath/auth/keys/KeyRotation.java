package io.learnpath.auth.keys;

/**
 * What a rotation came to. When two rotations race, both answer the same: the key that won signs from now on.
 *
 * @param activeKid  the key that signs new tokens now
 * @param retiredKid the key it replaced, still published until the tokens it signed have expired
 */
public record KeyRotation(String activeKid, String retiredKid) {
}
