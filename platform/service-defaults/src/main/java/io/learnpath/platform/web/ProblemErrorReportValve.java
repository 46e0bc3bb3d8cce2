package io.learnpath.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report as a problem ({@code application/problem+json}) instead of its HTML page. It answers what
 * Tomcat turns away before any servlet, filter or error page of the application runs: {@code CONNECT} (501), a
 * {@code %00}, an encoded slash or bytes that are no UTF-8 in the path, a request line or headers over the size
 * limit; and any other error response nothing has written a body for. The problem is built from the status alone,
 * like the error controller's ({@link ProblemErrorController}): no exception, class or server name.
 *
 * <p>Hand-written because nothing else does it: Tomcat's own valve only writes HTML (Spring Boot can switch off its
 * report and server name, not its format), and no library provides a problem-details valve. It keeps the base
 * class's checks before writing: an error status, nothing written yet, not reported yet, and a connection that can
 * still be written to. Installed on the host by {@link ContainerErrorsAutoConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    // Tomcat creates its valves itself, outside the application context; the mix-in is how Spring writes a
    // ProblemDetail (no "properties" member, the extra properties at the top level).
    private static final JsonMapper JSON =
            JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            // The connection already failed: nobody would read the answer.
            return;
        }
        String body = JSON.writeValueAsString(ErrorStatusProblems.forStatus(status, request.getRequestURI()));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            // Null when the response was committed meanwhile: too late for a body.
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGoneOrCommitted) {
            // As the base class: nothing more can be sent.
        }
    }
}
