package no.tiltaksradar.server;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs, browsable at /swagger-ui.html, with HTTP Basic to try calls. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    @Bean
    OpenAPI tiltaksradarApi() {
        return new OpenAPI()
                .info(new Info().title("Tiltaksradar API").version("1")
                        .description("Documents, extraction runs, candidates with their validation, review decisions and the register. "
                                + "Errors are RFC 9457 problem details; decisions and register edits need the item's ETag in If-Match."))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
