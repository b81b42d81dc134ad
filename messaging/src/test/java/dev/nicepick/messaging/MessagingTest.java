package dev.nicepick.messaging;

import dev.nicepick.testsupport.EmbeddedInfrastructureInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@link MessagingTestApplication} against the JVM's embedded broker and a database of its own. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MessagingTestApplication.class)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public @interface MessagingTest {
}
