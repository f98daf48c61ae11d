package org.dialectica.workspace;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The repositories are nested in {@link Repositories}, which Spring Data skips unless told. */
@Configuration
@EnableJpaRepositories(basePackageClasses = Workspace.class, considerNestedRepositories = true)
class StorageConfiguration {}
