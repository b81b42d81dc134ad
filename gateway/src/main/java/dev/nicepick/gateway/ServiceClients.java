package dev.nicepick.gateway;

import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The calls the gateway makes to a service itself, outside a route: to topics-service for a stale verdict while
 * verdict-service is away, and to all three for the pages it renders. Balanced over their instances like the routes.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

    @Bean
    @LoadBalanced
    WebClient.Builder loadBalancedWebClientBuilder() {
        return WebClient.builder();
    }

    @Bean
    WebClient topicsService(@LoadBalanced WebClient.Builder loadBalanced) {
        return loadBalanced.clone().baseUrl("http://topics-service").build();
    }

    @Bean
    WebClient verdictService(@LoadBalanced WebClient.Builder loadBalanced) {
        return loadBalanced.clone().baseUrl("http://verdict-service").build();
    }

    @Bean
    WebClient feedbackService(@LoadBalanced WebClient.Builder loadBalanced) {
        return loadBalanced.clone().baseUrl("http://feedback-service").build();
    }
}
