package dev.nicepick.messaging;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with nothing but the messaging module and the listeners of its tests, on the embedded broker and database. */
@SpringBootApplication
public class MessagingTestApplication {
}
