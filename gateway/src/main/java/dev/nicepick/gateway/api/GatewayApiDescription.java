package dev.nicepick.gateway.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI description of what the gateway answers itself ({@code /docs/api/gateway}): the reader identity. The
 * services' operations are described by the services and shown beside it in {@code /docs}.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiDescription {

    @Bean
    OpenAPI gatewayApi() {
        return new OpenAPI()
                .info(new Info().title("nicepick gateway").version("v1")
                        .description("What the gateway answers itself. Every other operation is described by its service."))
                .servers(List.of(new Server().url("/").description("the gateway")));
    }
}
