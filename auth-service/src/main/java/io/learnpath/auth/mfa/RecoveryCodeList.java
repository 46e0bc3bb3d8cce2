package io.learnpath.auth.mfa;

import java.util.List;

/** Newly made recovery codes, each good for one sign-in; shown this once, never again. */
public record RecoveryCodeList(List<String> recoveryCodes) {

    public RecoveryCodeList {
        recoveryCodes = List.copyOf(recoveryCodes);
    }

    @Override
    public String toString() {
        return "RecoveryCodeList[" + recoveryCodes.size() + " codes]";
    }
}
