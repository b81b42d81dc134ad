package dev.nicepick.verdicts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VerdictsApplication {

    public static void main(String[] args) {
        SpringApplication.run(VerdictsApplication.class, args);
    }
}
