package dev.nicepick.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Answers what reaches the error path (a status a filter sent, such as a request the security firewall
 * refused) as an RFC 9457 problem ({@link Problems#ofStatus}) instead of Spring Boot's {@code timestamp} JSON
 * or an HTML page, whatever the client accepts.
 */
@Hidden // not an operation of the API: where the servlet container sends what nothing else answered
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        ProblemWriter.write(response, Problems.ofStatus(status));
    }
}
