package org.dialectica.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The OpenAPI document's title and its one way to sign in, a personal access token as a bearer token;
 * the API's settings (api.properties).
 */
@Configuration
@PropertySource("classpath:api.properties")
class OpenApiConfiguration {
    static final String TOKEN = "accessToken";

    @Bean
    OpenAPI dialecticaApi() {
        return new OpenAPI()
                .info(new Info().title("Dialectica API").version("1")
                        .description("Maps, their analysis and comparison, debates and grading, with the rights of the person whose"
                                + " personal access token signs the call (made on the My account page). Errors are RFC 9457"
                                + " problem details; calls are rate-limited per token (429 with Retry-After)."))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("A personal access token, dlc_…")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
