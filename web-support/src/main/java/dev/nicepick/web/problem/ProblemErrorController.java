package dev.nicepick.web.problem;

import dev.nicepick.api.ProblemTypes;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Answers what reaches the error path (a status the servlet container or a filter sent, such as a request
 * the security firewall refused) as an RFC 9457 problem instead of Spring Boot's {@code timestamp} JSON or an
 * HTML page, whatever the client accepts. The detail names only the status: an error's own message may carry
 * class names.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null ? HttpStatus.resolve(code) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status.is5xxServerError() ? "Something went wrong on our side; nothing was changed."
                : "The request was refused: " + ProblemTypes.title(status.value()) + ".";
        ProblemWriter.write(response, status, ProblemTypes.title(status.value()), detail);
    }
}
