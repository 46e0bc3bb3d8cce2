package io.learnpath.content.editing.web;

import io.learnpath.platform.web.ProblemException;
import io.learnpath.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** Reads the revision an update is based on from {@code If-Match} ({@code "3"}, as the item's ETag said). */
final class Revisions {

    private Revisions() {
    }

    static int required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED,
                    ProblemTypes.forStatus(HttpStatus.PRECONDITION_REQUIRED), "If-Match required",
                    "Send the ETag of your last read of this item in If-Match, so that a change made by someone "
                            + "else since then is not overwritten");
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            // Not a revision of ours: it cannot match, like an outdated one.
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED,
                    ProblemTypes.forStatus(HttpStatus.PRECONDITION_FAILED), "Precondition failed",
                    "If-Match " + ifMatch + " is not the ETag of this item; read it again and re-apply the change");
        }
    }
}
