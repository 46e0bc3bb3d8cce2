package io.learnpath.notification.unsubscribe;

import io.learnpath.notification.preferences.Channel;
import io.learnpath.notification.preferences.Preferences;
import io.learnpath.platform.domain.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The link at the foot of a mail and in its {@code List-Unsubscribe} header. Public: the signed token is the
 * credential. GET only shows a page with a button, because mail scanners open links; the POST (that button, or a
 * mail client's RFC 8058 one-click {@code List-Unsubscribe=One-Click}) switches the type's mail off.
 */
@RestController
@Tag(name = "Unsubscribe", description = "One-click unsubscribe from a kind of mail (RFC 8058)")
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final Preferences preferences;
    private final TemplateEngine templates;

    UnsubscribeController(UnsubscribeLinks links, Preferences preferences, TemplateEngine templates) {
        this.links = links;
        this.preferences = preferences;
        this.templates = templates;
    }

    @Operation(summary = "The page behind an unsubscribe link", description = "Asks to confirm; changes nothing.")
    @ApiResponse(responseCode = "400", description = "Not a valid unsubscribe link")
    @GetMapping(path = UnsubscribeLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    String confirm(@RequestParam(required = false) String token) {
        Unsubscription unsubscription = read(token);
        return page("pages/unsubscribe-confirm.html", unsubscription, token);
    }

    @Operation(summary = "Unsubscribe", description = "Switches this kind of mail off for the link's learner, as "
            + "PUT /api/notifications/preferences/{type}/EMAIL with enabled=false would. Idempotent. Accepts the "
            + "RFC 8058 body List-Unsubscribe=One-Click (any body is ignored).")
    @ApiResponse(responseCode = "400", description = "Not a valid unsubscribe link")
    @PostMapping(path = UnsubscribeLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    String unsubscribe(@RequestParam(required = false) String token) {
        Unsubscription unsubscription = read(token);
        preferences.choose(unsubscription.learnerId(), unsubscription.type(), Channel.EMAIL, false);
        return page("pages/unsubscribed.html", unsubscription, token);
    }

    private Unsubscription read(String token) {
        return links.read(token).orElseThrow(() ->
                new InvalidInputException("token", "is not a valid unsubscribe link"));
    }

    private String page(String template, Unsubscription unsubscription, String token) {
        return templates.process(template, new Context(Locale.ENGLISH, Map.of(
                "kind", unsubscription.type().name().replace('_', ' ').toLowerCase(Locale.ROOT),
                "token", token)));
    }
}
