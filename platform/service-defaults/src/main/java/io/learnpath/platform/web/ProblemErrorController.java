package io.learnpath.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page, in place of Spring Boot's {@code BasicErrorController} (whose JSON is no problem):
 * every error that ends in {@code response.sendError} rather than in {@link ProblemDetailsHandler}, such as a
 * request Spring Security's firewall rejects ({@code ;} or {@code /../} in the path) or a {@code TRACE}, which Tomcat
 * refuses with a 405, is answered as {@code application/problem+json} whatever the client accepts. Mapped for every
 * method; Tomcat 11 forwards to an error page as {@code GET} anyway (Servlet 6.1), so even a {@code TRACE} gets here
 * rather than to the servlet API's request echo. It is built from the status alone: the exception, if there was
 * one, was logged where it was thrown and is never described to the client.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = status(request);
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = ErrorStatusProblems.forStatus(status,
                original instanceof String uri ? uri : request.getRequestURI());
        // Set here, not negotiated: a browser's Accept: text/html must not turn the answer into a 406 or a page.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            // Asked for directly, not forwarded to by the container: there is nothing at this path.
            return HttpStatus.NOT_FOUND.value();
        }
        // An error page for a status that is no error is a fault on our side.
        return status >= 400 ? status : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
