package org.sobujang.standalone;

import org.sobujang.command.CommandServiceApplication;
import org.sobujang.query.QueryServiceApplication;
import org.sobujang.standalone.security.SplitAuthorizationServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The embedded default: the command side and the query side in one JVM, one Spring context, one port, with an
 * embedded PostgreSQL event store and an embedded document store persisted under {@code ./data}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.sobujang.command", "org.sobujang.query", "org.sobujang.standalone"},
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandServiceApplication.class, QueryServiceApplication.class,
                                SplitAuthorizationServer.class})})
public class SobujangTrackerApplication {

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains(SplitStores.FLAG)) {
            SplitStores.run(args);
            return;
        }
        SpringApplication.run(SobujangTrackerApplication.class, args);
    }
}
