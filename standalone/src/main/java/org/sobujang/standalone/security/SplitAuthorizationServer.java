package org.sobujang.standalone.security;

import java.util.ArrayList;
import java.util.List;

import org.sobujang.standalone.EmbeddedStores;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The token issuer of the split topology on a machine without one of its own: only the embedded authorization
 * server (same clients and signing-key handling as the embedded default), on its own port. The split services
 * verify its tokens through its JWK set ({@code SOBUJANG_JWK_SET_URI}, default {@code http://localhost:9000/oauth2/jwks}).
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, SecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@Import(EmbeddedAuthorizationServer.class)
@EnableConfigurationProperties(EmbeddedStores.Settings.class)
public class SplitAuthorizationServer {

    public static ConfigurableApplicationContext start(int port, String dataDir) {
        return start(port, dataDir, List.of());
    }

    /** With more properties, e.g. other clients than the demo ones (the benchmark's); port 0 picks a free one. */
    public static ConfigurableApplicationContext start(int port, String dataDir, List<String> properties) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--sobujang.embedded.data-dir=" + dataDir,
                                                    "--spring.application.name=sobujang-issuer"));
        args.addAll(properties);
        return new SpringApplicationBuilder(SplitAuthorizationServer.class).run(args.toArray(String[]::new));
    }
}
