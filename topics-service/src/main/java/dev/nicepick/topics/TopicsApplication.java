package dev.nicepick.topics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TopicsApplication {

    public static void main(String[] args) {
        SpringApplication.run(TopicsApplication.class, args);
    }
}
