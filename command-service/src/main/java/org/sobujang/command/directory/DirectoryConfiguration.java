package org.sobujang.command.directory;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default listener error handler logs and skips; for the directory that would store an event whose
 * lookup row is missing. Propagating the error rolls back the whole command instead.
 */
@Configuration
class DirectoryConfiguration {

    @Autowired
    void propagateDirectoryFailures(EventProcessingConfigurer configurer) {
        configurer.registerListenerInvocationErrorHandler(DirectoryUpdater.PROCESSING_GROUP,
                                                          c -> PropagatingErrorHandler.instance());
    }
}
